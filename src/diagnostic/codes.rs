//! The catalogue of diagnostic codes: each code's id, severity, title and the
//! explanation `chitieu explain` prints. Codes are stable: never renumber one.

use serde::Serialize;

use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $id:literal, $sev:ident, $title:literal, $explain:literal; )*) => {
        /// Every diagnostic chitieu can report.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $( $variant, )* }

        impl Code {
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable identifier, e.g. `E0101`.
            pub fn id(self) -> &'static str {
                match self { $( Code::$variant => $id, )* }
            }

            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$sev, )* }
            }

            /// A short name for the problem, in English.
            fn english_title(self) -> &'static str {
                match self { $( Code::$variant => $title, )* }
            }

            /// What the code means, an example and its fix.
            pub fn explanation(self) -> &'static str {
                match self { $( Code::$variant => $explain, )* }
            }
        }
    };
}

impl Code {
    /// The family a code belongs to, its first two digits: 1 syntax, 2 names,
    /// 3 types, 4 targets, 5 owners, 6 dates, 7 measurements, 8 plans that
    /// build on others.
    pub fn family(self) -> u8 {
        self.id()
            .get(1..3)
            .and_then(|d| d.parse().ok())
            .unwrap_or(0)
    }

    /// A short name for the problem, in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        lang.title(self).unwrap_or(self.english_title())
    }

    /// Looks a code up by its id, case-insensitively (`e0101` works too).
    pub fn from_id(id: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.id().eq_ignore_ascii_case(id.trim()))
    }
}

codes! {
    SyntaxError = "E0101", Error, "syntax error",
"The statement does not follow the plan language's grammar. The message says
what was expected at that place.

Example:
    target on_time_ratio 95%

Fix: add the comparison.
    target on_time_ratio >= 95%";

    UnterminatedString = "E0102", Error, "unterminated text",
"A text in double quotes must end with a double quote on the same line.

Example:
    owner \"VP HĐND-UBND

Fix:
    owner \"VP HĐND-UBND\"";

    InvalidNumber = "E0103", Error, "invalid number",
"A number is too large or has too many digits after the decimal point to be
held exactly (at most 28 significant digits).

Example:
    target revenue >= 99999999999999999999999999999 VND

Fix: write the number with fewer digits.";

    NestingTooDeep = "E0104", Error, "expression nested too deeply",
"A formula nests more parentheses than the limit (64). No real plan needs so
many; the limit keeps chitieu from running out of stack.

Example:
    metric x = ((((((((a))))))))   # ... 65 levels

Fix: remove the needless parentheses or split the formula into several derived
metrics.";

    FileTooLarge = "E0105", Error, "plan file too large",
"A plan file may hold at most 8 MiB. Real plans are a few kilobytes; a larger
file is most likely not a plan.

Fix: check that the right file was given.";

    TooManyStatements = "E0106", Error, "too many statements",
"A plan file may hold at most 100000 statements.

Fix: split the plan into several files.";

    NotUtf8 = "E0107", Error, "file is not UTF-8 text",
"Plan files are UTF-8 text. A file saved as UTF-16 (\"Unicode\" in Windows
tools) or in a legacy code page such as Windows-1258 cannot be read, and a
NUL byte means the file is not text at all.

Fix: save the file as UTF-8 (\"UTF-8\" in Notepad's Save as dialog).";

    UnknownStatement = "E0108", Error, "unknown statement",
"Every statement starts with one of the keywords `plan`, `period`, `extends`,
`default`, `owner`, `metric`, `section`, `target`, `task`, `override`,
`drop` or `grade`. A line without indentation starts a new statement, so a misspelled
keyword lands here.

Example:
    targt online_payment_ratio >= 60%

Fix:
    target online_payment_ratio >= 60%";

    UnknownWord = "E0109", Error, "unknown word",
"A metric type, a scoring rule or a not-applicable rule is not one that chitieu
knows.

Types: ratio, count, number, minutes, money, date, bool.
Scoring: all_or_nothing, linear, saturating, tiers ...
Not applicable: full, zero, excluded.

Example:
    metric dossiers: cout

Fix:
    metric dossiers: count";

    RepeatedClause = "E0110", Error, "clause given twice",
"A target or task gives the same clause twice, so it is unclear which one holds.

Example:
    target x >= 90% owner \"VHXH\" owner \"VP HĐND-UBND\"

Fix: keep one of them.";

    ControlCharacter = "E0111", Error, "invisible character in text",
"A quoted text holds a control character (such as ESC, which terminals take as
the start of a command) or an invisible one (a byte-order mark, a zero-width
space, a direction mark). They cannot be seen, make names that look equal
differ, and could change how a report shows on a terminal.

Fix: delete the character and retype the text around it.";

    NumberSpelling = "E0112", Error, "number written as documents write it",
"A number is written as people write it in documents and spreadsheets, which
plans do not take: a decimal comma, digits grouped with dots or commas, or a
space between the number and `%`. Plans write numbers one way only, so that a
value can never be read two ways.

Example:
    target online_payment_ratio >= 60,5 %
    target fee_collected >= 1.000.000 VND

Fix:
    target online_payment_ratio >= 60.5%
    target fee_collected >= 1_000_000 VND";

    UnitNotTaken = "E0113", Error, "unit the plan language does not take",
"A value carries a unit word plans do not take. Durations are in minutes
(`min` or `phút`), money in `VND`, `đồng` or `đ`, shares with `%`, percentage
points with `pp`, and a count is a bare number (its metric says what it
counts: not `10 hồ sơ`). chitieu says the value in a unit plans take: hours
and days become minutes, `nghìn`, `triệu` and `tỷ` become whole đồng.

Example:
    target waiting_time <= 15 minutes
    target waiting_time <= 1 giờ 30 phút
    target fee_collected >= 5 triệu

Fix:
    target waiting_time <= 15 min
    target waiting_time <= 90 min
    target fee_collected >= 5000000 VND";

    GradeNumberWithoutUnit = "E0115", Error, "grade compares the total with a bare number",
"A `grade` compares the unit's total with a value, and a bare number does not
say whether it is a share of the maximum or points. Write a percent for the
share of the maximum (the percentage reports show), or the number followed by
`points` for the points themselves.

Example:
    grade \"Tốt\" >= 80

Fix:
    grade \"Tốt\" >= 80%
    grade \"Tốt\" >= 80 points";

    ThousandsDot = "W0116", Warning, "dot that may group thousands",
"A plan's dot is a decimal point, but Vietnamese writing also groups thousands
with it: `1.000` is one thousand in a document and 1 in a plan. A count, an
amount of money or a whole number written with exactly three digits after the
dot is most likely a thousand or more; chitieu reads it as the plan language
says (1) and warns.

Example:
    metric trainings: count
    target trainings >= 1.000

Fix:
    target trainings >= 1000
    target trainings >= 1_000
or, if 1 was meant, `target trainings >= 1.0`.";

    UndeclaredMetric = "W0201", Warning, "metric not declared",
"The plan declares its metrics with `metric`, but this name is not among them.
It may be a typo; chitieu suggests the closest declared name.

Example:
    metric dossiers_on_time: count
    target dossier_on_time >= 95%

Fix: use the declared name, or declare the metric:
    metric dossier_on_time: ratio";

    MetricCycle = "E0202", Error, "cycle between derived metrics",
"A derived metric depends on itself, directly or through others, so it can
never be computed.

Example:
    metric a = b + 1
    metric b = a * 2

Fix: base one of them on measured metrics only.";

    DuplicateMetric = "E0203", Error, "metric declared twice",
"Two `metric` statements declare the same name.

Fix: remove one of them or rename it.";

    UnusedMetric = "W0204", Warning, "metric declared but not used",
"A declared metric is not used by any target, nor by a derived metric that a
target uses. Either a target is missing or the declaration is left over.

Fix: add the target that measures it, or remove the declaration.";

    DuplicateTargetId = "E0205", Error, "two targets share an id",
"Every target has a stable id that results and diffs use. By default the id is
the metric's name, so two targets on one metric need explicit ids.

Example:
    target satisfaction_ratio >= 95%
    target satisfaction_ratio >= 85%

Fix:
    target satisfaction_all: satisfaction_ratio >= 95%
    target satisfaction_land: satisfaction_land_ratio >= 85%";

    DuplicateOwner = "E0206", Error, "owner declared twice",
"Two `owner` statements declare the same short name (compared after Unicode
normalisation).

Fix: remove one of them.";

    DuplicateHeader = "E0207", Error, "plan header given twice",
"A plan has one `plan` title and one `period`.

Fix: remove the extra statement.";

    TypeMismatch = "E0301", Error, "type mismatch",
"A threshold, due date or tier value is not of the metric's type: a date
compared with a percent, minutes with money, a count with a percent.

Example:
    metric waiting_time: minutes
    target waiting_time <= 15

Fix: write the value with its unit.
    target waiting_time <= 15 min";

    UnitMismatch = "E0302", Error, "units do not combine",
"A formula adds, subtracts or multiplies values whose units do not combine:
minutes plus money, a date in arithmetic, a count divided by minutes.

Example:
    metric x = waiting_minutes + fees_vnd

Fix: check the formula; only like units add up.";

    RatioOutOfRange = "E0303", Error, "ratio threshold outside 0..100%",
"A ratio lies between 0% and 100%. A threshold outside that range can never be
met, and a bare number above 1 is usually a percent written without `%`.
(Derived ratios such as revenue over estimate may exceed 100%.)

Example:
    metric online_ratio: ratio
    target online_ratio >= 50

Fix:
    target online_ratio >= 50%";

    BoolOrdering = "E0304", Error, "yes/no metric compared by size",
"A `bool` metric is either true or false; it can only be compared with `==`.

Example:
    target portal_connected >= true

Fix:
    target portal_connected == true";

    CountNotWhole = "W0305", Warning, "count threshold not a whole number",
"A count is a whole number of things; a fractional or negative threshold on it
is probably a mistake.

Example:
    metric trainings: count
    target trainings >= 2.5

Fix: use a whole number, or declare the metric as `number`.";

    ScoringMismatch = "E0306", Error, "scoring rule does not fit the target",
"`linear` scores points × rate, so it needs a ratio metric. `saturating` gives
full points from the threshold on, so it needs `>=` or `>` and a positive
threshold. `tiers` compare with the target's own kind of value.

Example:
    target waiting_time <= 15 min scoring saturating

Fix: use all_or_nothing or tiers for such targets.
    target waiting_time <= 15 min points 2 scoring tiers 2 if <= 10 min, 1 if <= 15 min";

    DivisionByZero = "E0307", Error, "division by zero",
"A formula divides by the literal 0.

Fix: divide by a metric or a non-zero number.";

    InvalidPoints = "E0308", Error, "invalid points",
"Points are a number from 0 to 1,000,000. With `scoring tiers`, the target's
points are the best tier's; a `points` clause that disagrees is an error, and
so are tiers an `override` writes without `points` whose best does not pay
what the inherited target is worth.

Example:
    target x >= 90% points -1

Fix:
    target x >= 90% points 1";

    UnknownFunction = "E0310", Error, "unknown function",
"A formula calls a function there is not. Formulas call `max` and `min` (the
largest and the smallest of two or more values) and `round` (a value to a
number of decimal places). A name alone, not followed by `(`, is a metric,
even one called `max`.

Example:
    metric r14 = synced / maxx(bcqg, dvcqg) else 0

Fix:
    metric r14 = synced / max(bcqg, dvcqg) else 0";

    FunctionArity = "E0311", Error, "wrong number of arguments",
"`max` and `min` take two or more values; `round` takes a value and its
number of decimal places.

Example:
    metric p = round(paid_online / payable)

Fix:
    metric p = round(paid_online / payable, 4)";

    ArgumentsDiffer = "E0312", Error, "arguments of max or min of different types",
"`max` and `min` compare values of one kind: the larger of two counts, of two
ratios. A count beside a ratio compares dossiers with percents. A plain
number (`1`, `0`) fits any kind (beside minutes or money only `0` does), and
a number of no particular kind fits a
count, a ratio or a rate.

Example:
    metric x = max(dossiers, on_time_ratio)

Fix: compare like with like.
    metric x = max(dossiers_received, dossiers_resolved)";

    AlternativesDiffer = "E0313", Error, "sides of else of different types",
"`a else b` gives `b` where `a` is not applicable, so both sides are values of
one kind. A plain number (`0`) fits any kind, and a number of no particular
kind fits a count, a ratio or a rate.

Example:
    metric r = paid / payable else waiting_time

Fix:
    metric r = paid / payable else 0";

    RoundPlaces = "E0314", Error, "decimal places of round not a whole number from 0 to 10",
"`round(x, N)` rounds `x` to `N` decimal places, half away from zero on the
exact decimal (0.125 to two places is 0.13, -0.125 is -0.13). `N` is written
as a whole number from 0 to 10.

Example:
    metric p = round(paid_online / payable, 2.5)

Fix:
    metric p = round(paid_online / payable, 4)";

    ConstantOutsideShare = "E0315", Error, "constant of a share's formula outside 0..100%",
"A derived share of a whole (a `ratio`) lies within 0%..100%, and its formula
can give a value the plan alone fixes: a fallback (`a / b else 5`), an
argument of `max` or `min` (`max(a / b, 2)`), a constant expression (`1 + 1`).
Written outside 0..100%, that value could only make every unit that reaches it
invalid (E0718), so the plan is refused where it is written. A share is
written as a fraction or a percentage: `0.05` and `5%` are five percent, `5`
is 500%.

Example:
    metric z = a / b else 5

Fix: the share meant, or declare a quotient that may exceed its whole `rate`:
    metric z = a / b else 5%
    metric z: rate = a / b else 5";
    MaxBound = "E0316", Error, "bound of a maximum from the data is not a range of points",
"`points NAME in LOW..HIGH` bounds the maximum a unit's data may give a target:
LOW and HIGH are numbers of points from 0 to 1,000,000 (the most a plan's own
`points` may be), LOW no more than HIGH. A unit whose value is outside them
has the target invalid (E0754).

Example:
    target r21 points max_21 in 20..0 scoring linear

Fix:
    target r21 points max_21 in 0..20 scoring linear";

    BaselineNotAMetric = "E0320", Error, "the argument of baseline is not a metric's name",
"`baseline(x)` is the value of metric `x` in an earlier period, read from the
files given with `eval --baseline` (or computed from the baseline values of
`x`'s inputs when `x` is derived). It takes one metric's name: an expression
or a number has no earlier value of its own.

Example:
    metric cut = 1 - processing_days / baseline(processing_days + 1)

Fix:
    metric cut = 1 - processing_days / baseline(processing_days)";

    BaselineBeforeBaseline = "E0321", Error, "baseline of a metric that no file can give",
"`baseline(x)` where `x` is itself computed from a baseline value (`metric cut
= 1 - days / baseline(days)`, then `baseline(cut)`) asks for the value of the
period before the baseline: the baseline files hold one period, so no file
given can give it. Take the baseline of the metrics `x` is computed from, or
let the baseline files report the value as a metric of its own.

Example:
    metric cut = 1 - processing_days / baseline(processing_days)
    metric more_cut = cut - baseline(cut)

Fix: compare with a value the baseline files report:
    metric more_cut = cut - baseline(cut_reported)";

    OwnerListedTwice = "W0510", Warning, "an owner listed twice for one target",
"`owner \"A\" with \"B\", \"C\"` names a target's lead owner (A, \"chủ trì\") and its
co-ordinating owners (B and C, \"phối hợp\"). An owner named twice there, as
lead and co-ordinating or twice co-ordinating, is counted once: owner totals
count a target once for each owner.

Example:
    target x >= 90% owner \"Sở GD&ĐT\" with \"Sở Nội vụ\", \"Sở GD&ĐT\"

Fix:
    target x >= 90% owner \"Sở GD&ĐT\" with \"Sở Nội vụ\"";

    DuplicateTarget = "E0401", Error, "duplicate target",
"Two targets ask the same thing of the same metric; their points would count
twice.

Example:
    target a: online_ratio >= 50%
    target b: online_ratio >= 0.5

Fix: remove one of them.";

    Contradiction = "E0402", Error, "contradictory targets",
"No value can meet both targets on this metric.

Example:
    target high: on_time_ratio >= 95%
    target low: on_time_ratio <= 90%

Fix: correct one of the thresholds.";

    EmptyRange = "E0403", Error, "empty range",
"A range `in LOW..HIGH` contains no value because LOW is above HIGH.

Example:
    target on_time_ratio in 100%..95%

Fix:
    target on_time_ratio in 95%..100%";

    TierPaysFailure = "W0404", Warning, "a tier pays for values that fail the target",
"A `tiers` scoring pays the best tier a value meets, whether or not the value
meets the target. A tier that accepts values the target does not gives points
to a unit that failed. It happens most often when an `override` tightens a
threshold and leaves the tiers as they were. The message says which values.

Example:
    target waiting_time <= 12 min
      points 2 scoring tiers 2 if <= 10 min, 1 if <= 15 min

Fix: make the tiers end at the target's threshold.
    target waiting_time <= 12 min
      points 2 scoring tiers 2 if <= 10 min, 1 if <= 12 min";

    TiersMissValues = "W0405", Warning, "values that meet the target earn no tier",
"Some values meet the target but no tier pays for them, so a unit that met the
target earns nothing. The message says which values.

Example:
    target waiting_time <= 15 min
      points 2 scoring tiers 2 if <= 8 min, 1 if <= 12 min

Fix: let the last tier reach the target's threshold.
    target waiting_time <= 15 min
      points 2 scoring tiers 2 if <= 8 min, 1 if <= 15 min";

    ScoringNeedsCondition = "E0410", Error, "scoring needs a condition the target does not have",
"A target without a condition only scores: it is neither met nor failed, so
`all_or_nothing` (the default) has nothing to go by, and `saturating` needs the
value it gives full points from. Score it `linear` (points × rate),
`saturating X` or by `tiers`; without points it is only tracked.

Example:
    target on_time_ratio points 20

Fix:
    target on_time_ratio points 20 scoring linear
    target online_ratio points 2 scoring saturating 50%";

    SaturatesAt = "E0411", Error, "saturating value misplaced",
"`scoring saturating X` says where a target without a condition earns its full
points; X is a value of the metric above zero. A target with a condition
saturates at its threshold and takes no value of its own; so does one that
an `override` gives a condition, which cannot keep an inherited
`saturating X` (restate `scoring saturating` in the override).

Example:
    target online_ratio >= 60% points 2 scoring saturating 50%

Fix:
    target online_ratio >= 60% points 2 scoring saturating";

    RoundStep = "E0412", Error, "invalid rounding step",
"`round STEP` rounds the target's points half away from zero to a multiple of
STEP (0.01, 0.1, 1, 0.5, ...) before the unit's points are summed. STEP is a
number above zero.

Example:
    target p1 >= 100% points 6 scoring linear round 0

Fix:
    target p1 >= 100% points 6 scoring linear round 0.01";

    PointsFromData = "E0413", Error, "maximum from the data does not fit",
"`points NAME` takes a target's maximum from the unit's value of the metric
NAME, which is a count or a number; tiers give their own points.

Example:
    metric max_21: ratio
    target r21 points max_21 scoring linear

Fix:
    metric max_21: number
    target r21 points max_21 scoring linear";

    NothingToShareWith = "W0415", Warning, "points to redistribute with nothing to share them with",
"`not_applicable redistribute` shares a target's points, when it does not
apply, among the other targets of its section that apply (the targets
outside any section are one group). Where no other target of the group is
worth points, nothing can receive them: the target is then left out of the
maximum, as `excluded` would leave it.

Example:
    section \"2. Kiểm soát TTHC\"
    target x >= 90% points 4 not_applicable redistribute
    section \"3. Một cửa\"
    ...

Fix: put it in a section with the targets that share its points, or say
`not_applicable excluded`.";

    RoundMisfit = "W0417", Warning, "rounding step does not suit the target",
"`round STEP` rounds a target's points to a multiple of STEP. The step must
suit the target's maximum: a target that earns no points (only tracked, or
worth 0) has nothing to round; a step larger than the maximum leaves only 0
and the maximum (`round 7` on 1 point); and a maximum that is no multiple of
the step jumps at the end (`round 0.3` on 1 point shows 0.99 points as 0.9,
and only full points as 1). A maximum read from the data (`points NAME`) is not checked.
The step is checked on the target as it ends up: an `override` that changes
its points or its step is told at the override, and a plan's `default round`
that inherited targets take is told at the default.

Example:
    target p1 >= 100% points 1 scoring linear round 0.3

Fix:
    target p1 >= 100% points 1 scoring linear round 0.25";

    GradeBoundOutOfRange = "E0420", Error, "grade bound outside what can be",
"A grade's test compares with a value no unit can have: a share above 100% or
below 0%, negative points, or a number of targets that is negative, not
whole, or more than the plan's targets that count for a grade (tracked ones
never count), or a number of tasks above the plan's tasks. A test that no
value of its range meets (`> 100%`) is this error too. The ranges are those the grades are checked against for W0425.

Example:
    grade \"Xuất sắc\" >= 900%
    grade \"Đạt\" not_met <= 1.5

Fix:
    grade \"Xuất sắc\" >= 90%
    grade \"Đạt\" not_met <= 1";

    GradeTestType = "E0421", Error, "grade test compares unlike values",
"Each test of a grade compares one quantity with a value of its kind: the total
as a share of the maximum with a percent (`>= 90%`), the total's points with a
number and `points` (`> 90 points`), `met`, `not_met` or `missing` with a
percent (a share of the unit's targets and tasks) or a whole number (how many
of them), and `tasks_done` or `tasks_not_done` likewise on its tasks alone. A date, an amount of money, minutes, percentage points or true/false
say nothing of a total, and a share is not points.

Example:
    grade \"Tốt\" >= 80% points
    grade \"Đạt\" not_met <= 2 points

Fix:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" not_met <= 2";

    DuplicateGrade = "E0422", Error, "grade declared twice",
"Two `grade` statements give the same name. Reports show a unit's grade by its
name, so the two could not be told apart; the first that holds would win.

Example:
    grade \"Đạt\" >= 50%
    grade \"Đạt\" >= 40% and not_met <= 20%

Fix: join the conditions with `or`, or rename one.
    grade \"Đạt\" >= 50% or >= 40% and not_met <= 20%";

    GradeWithoutPoints = "E0423", Error, "grade on the total of a plan without points",
"The grade tests the unit's total (`>= 90%`, `> 90 points`), but no target of
the plan earns points, so every unit's total is 0 of 0 and has no percentage.
Give the targets points, or grade on the counts of targets met.

Example:
    target on_time_ratio >= 95% points 0
    grade \"Tốt\" >= 80%

Fix:
    target on_time_ratio >= 95% points 2
    grade \"Tốt\" >= 80%
or
    grade \"Tốt\" met >= 80%";

    GradePointsAboveMaximum = "E0424", Error, "grade on more points than the plan gives",
"The grade compares the total with more points than the plan's targets give
together, so no unit can reach the value: most often a percent was meant, or
a target's points were lowered. The message says the plan's maximum.

Example (targets worth 20 points in all):
    grade \"Tốt\" >= 80 points

Fix:
    grade \"Tốt\" >= 80%";

    GradesNotCompared = "W0418", Warning, "too many grades to compare",
"A rating has a few bands; this plan declares more than 100 grades. Checking
that no grade is shadowed by earlier ones (W0425) and that no total falls
between bands (W0426) compares grades with each other, at a cost that grows
with the square of their number: only the first 100 are compared. Every grade
is still given to units as declared.

Fix: keep the grades people are given.";

    UnreachableGrade = "W0425", Warning, "grade that no unit can get",
"Grades are tried in the order declared, and a unit gets the first whose
condition holds. This grade is never reached: every unit its condition accepts
is taken by the grades before it (most often a lower band declared before a
higher one), or its own tests contradict each other. The message names the
grades that take its units. Tests the plan ties to each other are compared as
one: with 2 targets, `met == 100%`, `met == 2` and `not_met == 0` are the same
units; where no target can leave a unit's maximum (none has its points from
the data, and none that can be not applicable is `excluded` or
`redistribute`), `>= 100%` of 10 points is `>= 10 points`. Inherited grades
are checked against the plan as it ends up (its overrides and drops).

Example:
    grade \"Đạt\" >= 50%
    grade \"Tốt\" >= 80%

Fix: declare the highest band first.
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50%";

    GradeGap = "W0426", Warning, "totals between grades get none",
"The grades are bands of the total, and some totals between two bands get no
grade although lower totals do: a unit there would be shown without a grade
while a unit with fewer points gets one. The message says which totals.
Grades on the total alone (a percent, points, or both where the plan's
maximum is known) are checked for gaps; where every target rounds its points
to a whole step, totals are whole and none lies between two whole numbers.
A gap is only told between two bands some unit can be in: one band alone
(`grade \"Không đạt\" < 50%`) leaves the totals above it to no grade, but has
no band above them.

Example:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50% and < 70%

Fix:
    grade \"Tốt\" >= 80%
    grade \"Đạt\" >= 50%";

    GradeOnNoTasks = "W0429", Warning, "grade on the tasks of a plan without tasks",
"The grade tests the unit's tasks (`tasks_done`, `tasks_not_done`), but the
plan has no `task`. No task is then left undone: every unit has done 100% of
its tasks and 0% not done, and 0 of each, so `tasks_done == 100%` and
`tasks_not_done == 0` hold for every unit, and `tasks_done < 100%` for none
(W0425 tells of a grade that can then never be given). A number of tasks
above 0 is E0420.

Example (a plan without tasks):
    grade \"Hoàn thành xuất sắc\" > 90 points and tasks_done == 100%

Fix: declare the plan's tasks, or leave the test out.
    task report_annual due 2025-12-10
or
    grade \"Hoàn thành xuất sắc\" > 90 points";

    UnknownOwner = "E0501", Error, "unknown owner",
"The plan declares its owners with `owner`, and this name is none of them (by
short or full name, compared after Unicode normalisation).

Example:
    owner \"VHXH\" \"Phòng Văn hóa - Xã hội\"
    target x >= 90% owner \"VHXX\"

Fix: use a declared owner, or declare it.";

    LookAlike = "W0502", Warning, "look-alike character",
"A text contains a character that looks like a Vietnamese letter but is a
different one, such as Ð (U+00D0, Icelandic eth) for Đ (U+0110), or a Cyrillic
letter among Latin ones. Such names do not match when compared.

Fix: retype the character with a Vietnamese keyboard.";

    NoOwner = "W0503", Warning, "target without owner",
"The plan declares owners, but this target or task has none, neither its own
nor its section's.

Fix: add `owner \"...\"` to the target or to its section.";

    ImpossibleDate = "E0601", Error, "impossible date",
"The date does not exist in the calendar.

Example:
    task report due 2025-02-30

Fix: write a real date (dates are year-month-day).";

    PeriodReversed = "E0602", Error, "period ends before it starts",
"The period's end date is before its start date.

Example:
    period 2025-12-31 .. 2025-07-01

Fix:
    period 2025-07-01 .. 2025-12-31";

    DeadlineOutsidePeriod = "W0603", Warning, "date outside the plan period",
"A due date or date threshold lies outside the plan's period. It may be meant
(a report due after the period closes) but is often a typo in the year.

Fix: check the date.";

    NoDeadline = "E0604", Error, "task without a due date",
"A task has no `due` date and the plan has no `period` whose end could serve as
its deadline.

Fix: add `due YYYY-MM-DD` to the task or a `period` to the plan.";

    MilestoneNotDate = "E0608", Error, "milestone is not a date",
"A target's `by` clause names the date from which it is judged, so it must be a
date.

Example:
    target egdi_rank_asean <= 4 by 2028

Fix:
    target egdi_rank_asean <= 4 by 2028-12-31";

    MilestoneOutsidePeriod = "E0609", Error, "milestone outside the plan period",
"A milestone (`by DATE`) written in this plan lies outside the plan's `period`:
the target would be due before the plan starts, or never within it. It is kept
as written (judged from that date).

Example:
    period 2026-01-01 .. 2030-12-31
    target egdi_rank_asean <= 4 by 2032-12-31

Fix: correct the date or the `period`.";

    InheritedMilestoneOutside = "W0610", Warning, "inherited milestone outside the plan period",
"A target inherited through `extends` has a milestone outside this plan's
period. One before it (a 2028-2030 phase inheriting `by 2026-12-31`) is past:
the target is judged in every period of this plan. One after it is never due in
this plan: the target is always `not_due`. Shown at the target in the plan it
comes from, with the `extends` as another place.

Fix: `override ID by DATE` with a date of this plan's period, or `drop ID`.";

    MilestoneOnTask = "E0611", Error, "milestone on a task",
"`by DATE` is a target's milestone; a task is due by its `due` date.

Example:
    override report by 2027-06-30

Fix:
    override report due 2027-06-30";
    WindowNotDate = "E0616", Error, "a window's bound is not a date",
"`from` and `during` take dates: the window within which the target or task
is judged.

Example:
    target open_datasets >= 5 every year from 2026

Fix:
    target open_datasets >= 5 every year from 2026-01-01";

    WindowReversed = "E0617", Error, "window ends before it starts",
"A `during` window's end is before its start: no period is ever inside it.

Example:
    target x >= 5 during 2028-12-31 .. 2026-01-01

Fix:
    target x >= 5 during 2026-01-01 .. 2028-12-31";

    WindowOutsidePeriod = "E0618", Error, "window outside the plan period",
"A window (`from`, `during`) starts before the plan's period or ends after it:
the target would be judged where the plan is not. Often a typo in the year.

Example (in a plan of 2026 .. 2030):
    target x >= 5 from 2036-01-01

Fix: write a window within the plan's period.";

    CumulativeNotAdditive = "E0619", Error, "cumulative target on a metric that does not add up",
"A `cumulative` target judges the metric summed over the periods submitted so
far. Only a `count` or `money` adds up: a share, a rate, a duration, a
number, a date or a derived metric summed over years means nothing (60% in
2026 and 70% in 2027 is not 130%). The target is invalid.

Example:
    metric online_ratio: ratio
    target online_ratio >= 80% cumulative

Fix: make the target cumulative on the counts (`target done >= 200 cumulative`),
or remove `cumulative`.";

    CumulativeTask = "E0620", Error, "cumulative task",
"A task is judged by the date it was done: dates are not summed, so a task
cannot be `cumulative`.

Fix: remove `cumulative`; `every year` repeats a task's due date.";

    RecurrenceLongerThanPeriod = "W0621", Warning, "recurrence longer than the period",
"`every year` (half, quarter) in a plan whose period (or the target's window)
holds no whole year (half, quarter): no evaluated period is ever one of its
recurrence periods, so the target is never judged.

Example (in a plan of 2026-01-01 .. 2026-06-30):
    target x >= 5 every year

Fix: use a shorter recurrence (`every half`), or remove `every`.";

    ByEndWithoutPeriod = "W0612", Warning, "`default by end` without a period",
"`default by end` dates every target without a `by` of its own at the end of
the plan's period, but the plan has no `period` (nor inherits one): it dates
nothing, and its targets are judged in every period.

Example:
    default by end
    target online_ratio >= 80%

Fix: add `period 2026-01-01 .. 2030-12-31`, or remove `default by end`.";

    MilestoneAfterWindow = "W0622", Warning, "milestone after the window ends",
"A target judged within a window (`from`, `during`) has a milestone (`by DATE`)
after the window ends: before its milestone it is `not_due`, after its window
it is not judged, so it is never judged.

Example:
    target x >= 5 by 2029-12-31 during 2026-01-01 .. 2027-12-31

Fix: move the milestone into the window, or widen the window.";

    MeasureEncoding = "E0701", Error, "measurement file is not UTF-8 or UTF-16",
"Measurement files are read as UTF-8 (with or without a byte-order mark) or as
UTF-16 with a byte-order mark (Excel's \"Unicode text\"). Other encodings, such as
Windows-1258, would be read as garbage, so they are refused.

Fix: in Excel, save as \"CSV UTF-8 (Comma delimited)\".";

    MeasureUnreadable = "E0702", Error, "measurement file cannot be read",
"The file is not valid for its kind: a JSON file with a syntax error, an
`.xlsx` that is not a valid workbook, a sheet that does not exist, a file with
an extension chitieu does not read (it reads .csv, .tsv, .txt, .xlsx, .xlsm,
.json) or with none (the extension says how to read a file).
The other files of the batch are still evaluated.

Fix: re-export the file, or name the sheet with `--sheet`.";

    MissingColumns = "E0703", Error, "measurement table lacks a column",
"A measurement table (CSV or sheet) needs a header row naming at least the
`metric` and `value` columns (Vietnamese `chỉ tiêu` and `giá trị` are accepted).

Example of a header that works:
    metric;value
    online_payment_ratio;0,62

Fix: name the columns in the first row (or the first non-empty row of a
sheet).";

    ExtraColumn = "W0704", Warning, "column ignored",
"A column other than `unit`, `metric`, `value`, `unit_of_measure`, `period` and
`note` (or their Vietnamese names: `đơn vị báo cáo`, `chỉ tiêu`, `giá trị`,
`kết quả`, `đơn vị tính`, `kỳ báo cáo`, `ghi chú`; an STT column is skipped
without a warning) is not used. It is reported once so that a misspelled
header is not silently ignored. In JSON, a field other than `unit`, `period`
and `values` beside `values`, or a `unit` or `period` that is not a string,
is reported the same way.

Fix: remove the column or correct its name.";

    RaggedRow = "E0705", Error, "row cannot be used",
"A row has fewer fields than the header, no metric name, or a field beyond the
header's named columns (an extra separator, or a field that holds the
separator without quotes): which field is which cannot be told. The row is
reported and skipped, and the other rows are still read. (In a comma-separated
file, a number split by its comma is refused as a value instead: E0735.)

Example:
    metric,value
    waiting_time,12,,extra

Fix: complete the row, remove the extra separator, quote the field that holds
one, or name the column in the header.";

    UnknownMetric = "W0706", Warning, "metric not in the plan",
"A measurement names a metric that the plan does not use. It is ignored; the
closest name the plan knows is suggested.

Fix: correct the name, or remove the row.";

    ConflictingValues = "E0707", Error, "metric given twice with different values",
"The same unit reports one metric twice with different values, so neither can
be trusted: targets on it are `invalid`.

Fix: keep one of the rows.";

    RepeatedValue = "W0708", Warning, "metric given twice",
"The same unit reports one metric twice with the same value. The value is used
once.

Fix: remove the extra row.";

    UnreadableValue = "E0709", Error, "value cannot be read",
"A value is not a number, percent, date, yes/no or duration that chitieu can
read. Dates are `2025-09-10` or `10/09/2025` (day first); percents `62%` or
`62,5%`; yes/no `true`/`false`/`có`/`không`; `n/a` means not applicable.

A number with one comma followed by exactly three digits, after one to three
digits not starting with 0 (`1,500`, `12,500`, `95,125%`), is refused in a
comma-separated file, a JSON text or a spreadsheet's text cell: the comma may
separate thousands (en) or decimals (vi-VN), and nothing there says which.
(A semicolon or tab file is vi-VN: there `1,500` is 1.5 and `1.500` is 1500.)

Example:
    metric,value
    dossiers_resolved,\"1,500\"

Fix: correct the value (`1500` or `1.5`, whichever is meant); the target is
`invalid` until then.";

    WrongValueType = "E0710", Error, "value of the wrong type",
"The value is readable but not of the metric's type: a date for a ratio, a
percent for a count, a fraction for a count.

Fix: report the value the metric measures.";

    ValueOutOfRange = "E0711", Error, "value out of range",
"The value cannot be right for its metric: a ratio above 100% or below 0%, a
negative count, duration or amount.

Example:
    online_payment_ratio,62      # 62 is 6200%

Fix:
    online_payment_ratio,62%";

    PeriodOutsidePlan = "W0712", Warning, "measurement period partly outside the plan",
"The period a measurement file (or row) says it covers overlaps the plan's
period but is not within it: a whole year's figures for a half-year plan,
say. The values are scored, but they may not be the plan period's. (A period
wholly outside the plan's is E0732, and its values are not scored.)

Example: `period` `2025` for a plan of 2025-07-01 .. 2025-12-31.

Fix: check that the values are the plan period's.";

    CellError = "E0713", Error, "spreadsheet error cell",
"The cell holds a spreadsheet error such as `#DIV/0!` or `#N/A` instead of a
value. The target is `invalid`.

Fix: correct the formula in the spreadsheet.";

    EmptyValue = "W0714", Warning, "empty value",
"A row names a metric but gives no value. The metric counts as missing, not as
zero.

A dash alone (`-`, `–`, `—`), as offices write in a cell they have nothing
for, is an empty value too.

Fix: fill in the value, or `n/a` if the target does not apply.";

    PlanNotUsable = "E0715", Error, "plan has errors",
"The plan given to `eval` has errors, so measurements cannot be scored against
it. Its diagnostics are shown.

Fix: run `chitieu check` on the plan and correct it.";

    MeasureLimit = "E0716", Error, "measurement input over a limit",
"A measurement file, row or field is larger than chitieu reads: a file over
1 GiB (an .xlsx over 100 MiB, or one that would unpack to over 1 GiB or at a
ratio over 1000:1, as a zip bomb does), a row of over 1000 fields (in a sheet,
a cell over 1000 columns right of the sheet's first), a field of over 64 KiB,
a sheet whose table has over 1,000,000 cells (each row counted from the
sheet's first column to its last cell) or whose cells hold over 256 MiB of
text (a shared string counted at each cell that shows it). The file, row or sheet is reported
and skipped; the rest is read.

Fix: check that this is the measurement file you meant.";

    NotApplicableRefused = "E0717", Error, "not applicable where the plan does not allow it",
"A unit reported `n/a` (not applicable) for a metric, but a target on it may
not be not applicable: only targets with a `not_applicable` clause, or all
targets of a plan that states `default not_applicable RULE`, may be (and not
those with `not_applicable never`). A unit cannot exempt itself. The target
is `invalid`. The same holds for a zero denominator under a target that says
`not_applicable never`.

A count or an amount of money (`count`, `money`) is never `n/a`, whatever
the plan's rules: nothing to count is 0, and what a zero earns (a share over
it has nothing to measure) is the plan's `not_applicable` rule. Its `n/a` is
refused, and every target on it is `invalid`: no `else` fallback and no
`not_applicable full` pays for it. Only a value that can be undefined (a
share, a rate, a time, a number, a yes/no) takes a unit's `n/a`, where the
plan allows it; for a share computed from counts, only beside its counts
(0 of 0): without them it is refused too, as only they can say there is
nothing to count.

Example (the plan has `target waiting_time <= 15 min` and no clause):
    waiting_time,n/a

Fix: report the value. If the target can really have nothing to measure, the
plan says so:
    target waiting_time <= 15 min not_applicable excluded

Example (`petitions` is a count):
    petitions,n/a

Fix: write 0 when nothing was received:
    petitions,0";

    ShareOutOfRange = "E0718", Error, "derived share outside 0..100%",
"A derived share of a whole came out below 0% or above 100%: the counts it is
computed from cannot both be right. The targets on it are `invalid`. Where the
plan declares it a `ratio`, that holds whatever their scoring: a share above
its whole would otherwise earn its targets' full points from counts that
cannot be right; so it does for a quotient left untyped whose divisor is one
metric (`paid / payable`, a part over its own whole), and for a count over a
count anywhere inside a share's formula (`(a / b + c / d) / 2`; the message
names that quotient). A quotient left untyped whose divisor is not one metric
(`synced / max(bcqg, dvcqg)`, a method's own words) is capped instead under
targets that all score in proportion, as the national portal caps it (W0739).
The message names every value the share was computed from.

Example (`on_time_ratio: ratio = dossiers_on_time / dossiers_resolved`):
    dossiers_on_time,150
    dossiers_resolved,100

Fix: correct the counts. If the quotient may exceed its whole (revenue over
the estimate, dossiers synced over a count of another system), the plan
declares it a `rate`; a `rate` above 100% under targets that score in
proportion gets their maximum, with W0739:
    metric budget_revenue_ratio: rate = budget_revenue / budget_revenue_estimate";
    ShareCapped = "W0739", Warning, "derived rate above 100%: points capped",
"A derived metric the plan declares a `rate` (a quotient that may exceed its
whole: `synced / max(bcqg, dvcqg)`), or a quotient left untyped whose divisor
is not one metric (`metric r14 = synced / max(bcqg, dvcqg) else 0`, as the 766
method writes it), came out above 100% for a unit, and every
target on it scores in proportion (`scoring linear` or `scoring
saturating`). As the national portal scores such an indicator (points =
min(maximum, maximum x rate)), the targets get their maximum and no more; the
warning says so and names every value the rate was computed from. A metric
the plan declares a `ratio` (a share of a whole) is never capped: above 100%
it is invalid whatever its targets (E0718).

Example (`r14: rate = synced / max(bcqg, dvcqg) else 0`, `target r14 points 2
scoring linear`):
    synced,130
    bcqg,120
    dvcqg,100

Fix: nothing if the method caps the points so; otherwise correct the counts.";
    InexactValue = "E0720", Error, "number cannot be held exactly",
"A measured number has more digits than chitieu holds exactly, and chitieu
never rounds a value to make it fit: a rounded value could land on the other
side of a threshold. Numbers are exact decimals of at most 28 decimals and
below 79228162514264337593543950335, whether they come from CSV text, a JSON
number or a spreadsheet cell. A spreadsheet number cell whose number is beyond
even a float (`1e400`, `INF`, `NaN` written in the file) is refused the same
way, at its cell. The target is `invalid`.

Example:
    {\"online_payment_ratio\": 0.59999999999999999999999999999}

Fix: report the value with fewer digits, as it should be compared.";

    DisagreesWithCounts = "E0719", Error, "reported value disagrees with its counts",
"A unit reported a derived metric (a ratio the plan computes from two counts)
and also the counts, and the two disagree: `on_time_ratio` reported as 99%
while `dossiers_on_time` and `dossiers_resolved` give 150% or 11.63%; or the
ratio reported as `n/a` while the counts give a value; or a value reported
while the counts say there is nothing to measure. Neither is trusted: the
targets on it are `invalid`, whatever the reported value would earn. A
reported value that agrees with the counts to the digits it is written with
(96.45% beside 1196 of 1240) is fine, and the exact value from the counts is
used.

A value reported beside SOME of its counts is checked against what those
allow: the formula is worked out over intervals, a count not given taking
any value of its type (0 or more; a share 0..100%). `paid_online_ratio`
reported as 100% beside `dossiers_paid_online` 0 is 0 whatever the count of
dossiers payable; `synced / max(bcqg, dvcqg)` beside `synced` 50 and `bcqg`
1000 is at most 5%. A reported value outside what the values given allow is
refused the same way; one inside it stands.

Fix: correct the value or the counts, or report only the counts.";

    PeriodNotPlanned = "E0732", Error, "measurements of another period",
"The period a measurement file (or row) says it covers lies wholly outside
the plan's period: last year's figures against this year's plan. They are
not scored: every target on them is `invalid`, since a verdict on another
period's figures could not be defended.

Example (a plan of 2025-07-01 .. 2025-12-31):
    {\"unit\": \"Phường Trần Liễu\", \"period\": \"2024-H2\", \"values\": {...}}

Fix: give the plan of that period, or the figures of this one.";

    InexactComparison = "E0721", Error, "computed value too large to hold exactly",
"A derived metric's value is too large for chitieu's exact arithmetic: beyond
the largest decimal (79228162514264337593543950335), or a fraction that no
decimal holds (a quotient that never ends, such as 6/7) whose numerator or
denominator in lowest terms needs more than 128 bits, as a formula that
squares a fraction again and again soon does. The target is `invalid`, and
the diagnostic stands where the first value it is computed from was read.

Computed values are otherwise exact: 6/7 × 7/12 is 1/2, and 10^27 / (10^27 +
1) is compared with a threshold as the fraction it is. (This code once also
said that a value rounded to 28 digits lay too close to its threshold to
judge; values are no longer rounded, so that is never said.)

Fix: nothing is wrong with the data: this is the limit of chitieu's exact
arithmetic. If the method rounds a value on the way, say so in the formula
(`metric r = round(a / b, 4)`).";

    NumberShownRounded = "W0722", Warning, "number read as a spreadsheet shows it",
"A number is read at 15 significant digits, as a spreadsheet shows it. Excel
holds numbers as binary floats and shows and computes with 15 significant
digits, so a cell that a formula left at 0.5999999999999999 (the sum or
quotient of other cells) is 0.6 on screen and in every sum: chitieu reads a
cell's number so (a typed 0.6 is exactly 0.6; only numbers of more than 15
significant digits are rounded). The first 20 such cells of a sheet are
reported each at its place, the others in one warning that counts them.

A CSV or JSON number written as a program writes a binary float, the
shortest text that reads back as that float, with 16 or 17 significant
digits and a fraction (`1.0000000000000002`, `0.30000000000000004`), is the
noise of binary arithmetic: it is read at 15 significant digits too (`1`,
`0.3`), each time with this warning naming both texts. Written with a
decimal comma (`0,30000000000000004`), wherever one is accepted (a semicolon
file, a quoted cell of a comma file, a JSON string), it is read the same way.
Whole numbers, and numbers written with more digits than a float has, are
read as written.

Fix: round the value where it is computed (`=ROUND(A1/B1, 4)` in a
spreadsheet, `round(x, 4)` in a program), or type it.";

    NoData = "E0730", Error, "measurement file holds no data",
"A measurement file was read but gave no value to score: it has a header and
no rows, it is an empty JSON object or list, or every one of its rows was
refused (each refusal is reported where it stands). The unit the file names is
listed in every report as \"no data\", after the units that reported and
without a rank, rather than scored 0%. The other files of the batch are still
evaluated.

Example:
    metric,value

Fix: fill in the rows, or correct the rows that were refused.";

    CannotOpen = "E0731", Error, "file or folder cannot be opened",
"A measurement or plan file could not be opened (it does not exist, a
symbolic link leads nowhere, permission is denied), or a folder could not be
listed. It is reported by its own name and listed in every report of `eval` as
\"could not be read\"; the files beside it are still read and scored, or
checked.

Fix: check that the path exists and that chitieu may read it.";

    NotAFile = "W0733", Warning, "not a file: skipped",
"A FIFO (named pipe), socket or device was found inside a folder being
searched for measurement or plan files. It is skipped, since reading a FIFO waits for
a writer that may never come. A FIFO named on the command line itself is read,
as a stream.

Fix: move it out of the folder, or name it on the command line to read it.";

    NotRead = "W0741", Warning, "file in a folder not read",
"A folder searched for measurement files holds a file that is not of a kind
chitieu reads (a `.pdf`, a `.docx`, a file without an extension). It is not a
unit and is not scored; it is named so that a ward's submission sent in
another form is never dropped without a word. Files that other programs leave
beside the real ones are skipped without a word: `~$b.xlsx` (a workbook open
in Excel), `Thumbs.db`, `desktop.ini`, and hidden files and folders (a name
that starts with `.`: `.~lock.b.xlsx#` open in LibreOffice, macOS's `._b.csv`
and `.DS_Store`, `.git`); so are plans (`.plan`) and notes in Markdown
(`.md`). Workbooks in
a format chitieu does not read (`.xls`, `.ods`...) are units not scored
(E0702), not this warning.

Fix: if it is a submission, ask for it as .csv, .xlsx or .json; otherwise
move it out of the folder.";

    NothingToRead = "E0742", Error, "folder holds nothing to read",
"A folder given to `eval` holds no measurement file at all (none of .csv,
.tsv, .txt, .xlsx, .xlsm, .json, nor a workbook it cannot read), or a folder
given to `check` or `fmt` holds no `.plan` file: nothing in it can be scored
or checked. `eval` lists the folder in every report as a unit that could not
be read; every command exits with code 2, so that an empty or mistyped folder
never reads as a batch where every target was met or missed, nor as a clean
plan.

Fix: check the path; the files may be in a subfolder or not copied yet;
plan files end in `.plan`.";

    SameFileName = "W0734", Warning, "files with the same name: units named by their paths",
"Two measurement files that do not name their unit inside (no `unit` column,
no JSON `unit`) have the same name in different folders, or differ only by
their extension, as in
    quan1/phuong-1.csv
    quan2/phuong-1.csv
Their units would both be named `phuong-1` and merged; instead each is named
by its path (`quan1/phuong-1.csv`), and reported apart.

Fix: name the unit inside the file (a `unit` column, or `\"unit\"` in JSON),
or give the files different names.";

    AmbiguousUnitColumn = "E0723", Error, "unit column is ambiguous",
"A column headed `đơn vị` or `unit` alone is read by its values. Under
`đơn vị`, which in a table of indicators most often means the unit of
measure, values that look like names of units (an administrative word such as
`Phường`, `Xã`, `Quận`, `UBND`, `Sở`, `Phòng`, `Trung tâm`, or several words)
make it the reporting unit, and units of measure (`%`, `phút`, `hồ sơ`, `km`,
`ha`) or short unknown words (`camera`) the unit of measure. Under `unit`, it
is the reporting unit unless its values are units of measure chitieu knows.
Dashes, `x` and `n/a` count for neither. This column holds both, so chitieu
cannot tell which it is, and the file's rows are not read rather than read by
a guess.

Example:
    STT;chỉ tiêu;đơn vị;giá trị
    1;online_payment_ratio;%;62
    2;waiting_time;Phường 1;12

Fix: name the column `đơn vị tính` (ĐVT) for units of measure, or
`đơn vị báo cáo` (tên đơn vị) for reporting units, and correct the values
that do not belong.";

    UnitOfMeasureUnfit = "E0724", Error, "unit of measure does not fit the metric",
"The unit of measure written beside a value (the `đơn vị tính` column)
contradicts the metric's type: `phút` for a ratio, `%` for a count, `hồ sơ`
for minutes, `ngày` for minutes (a day of work is no exact number of minutes),
or a word chitieu does not know for a ratio, a duration or an amount (where
the unit decides the number). The value is not used: the target is
`invalid`.

Units that fit: `%` for ratios (`95` under `%` is 95%); `phút`, `min` and
`giờ` (60 minutes) for durations in minutes; `đồng`, `VND`, `nghìn đồng`,
`triệu đồng` and `tỷ đồng` for money (multiplied exactly); the noun of what is
counted (`hồ sơ`, `lớp`, `người`, any other word) for counts, numbers, yes/no
and date rows.

Example:
    chỉ tiêu;ĐVT;giá trị
    online_payment_ratio;phút;62

Fix: correct the unit of measure, or the metric the row names.";

    UnitOfMeasureDisagrees = "E0725", Error, "value's unit differs from its column's",
"A value written with a unit of its own (`95%`, `12 phút`, a spreadsheet
cell formatted as a percent) stands in a row whose unit of measure says
something else (`hồ sơ`, `giờ`). Which one is meant cannot be told, so the
value is not used: the target is `invalid`.

Example:
    chỉ tiêu;ĐVT;giá trị
    waiting_time;giờ;90 phút

Fix: write the number alone, in the column's unit (`1,5` under `giờ`), or
correct the unit of measure.";

    DuplicateColumn = "E0726", Error, "column or key given twice",
"A table has two columns for one thing (two value columns such as `value` and
`giá trị`, two metric columns, two unit columns), or a JSON object has one key
twice. Neither is silently preferred:
- two value columns (or units of measure) that agree in a row give that value;
  values that differ are both read, and the evaluator refuses them as a metric
  given twice with different values (E0707), at the second cell;
- two metric, reporting-unit or period columns that differ in a row leave the
  row unread, reported at the second cell;
- in JSON, a metric given twice is read twice (equal values are used,
  different ones are a conflict, E0707); `unit` or `period` given twice with
  different texts lists the object's values under the first unit, each
  refused (E0726 at the value), so that the unit appears in every report
  with its targets `invalid`.

Fix: keep one of the columns or keys.";

    FractionUnderPercent = "W0727", Warning, "fraction under `%`",
"A value between 0 and 1 stands under the unit of measure `%`: `0,95` there is
0.95%, and is read so. A fraction written by mistake (0,95 for 95%) would make
a target fail, so it is pointed out. A value written with its own `%` (`95%`,
`0,5%`) says what it means and is not warned about, nor is a difference in
percentage points, which is written in points (`0,5` under `%` is 0.5 pp).
Spreadsheet cells formatted as percents hold fractions and are read as the
percents they show.

Example:
    chỉ tiêu;ĐVT;giá trị
    online_payment_ratio;%;0,95

Fix: write the percent (`95`), or keep the value if less than 1% is meant.";

    RowsAboveHeader = "W0728", Warning, "rows above the header",
"The first row of the table names no `metric` and `value` columns, but a row
a little below it does: offices put a title, a date or the reporting office
above their tables. That row is taken as the header, and the rows above it
are not read.

Example:
    BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025;;
    STT;chỉ tiêu;ĐVT;giá trị
    1;online_payment_ratio;%;62

Fix: nothing, if the rows above are a title; move any data below the
header.";

    SplitNumber = "E0735", Error, "number split by the file's separator",
"In a comma-separated file, a value that is a number is followed by a field
of digits that is no column's value (a note, the unit of measure, beyond the
header; under a reporting unit's, a metric's or a period's column, a group
of three digits such as `500`, or the decimals of `0,7`): the number was
written with a comma (`1,500`, `0,6`, `1,500,000 VND`) and the commas split
it into fields. Read as it stands, the value would be `1` or `0`, and `500` a
ward or a period. The value is refused where it stands (the target is
`invalid`, not missing), the fields it was split into are not read, and the
fields after them are read by their own columns.

Example:
    metric,value,unit
    dossiers_late,1,500,Phường 1

Fix: quote the number (`\"1,500\"`, which must then say which it is: a
comma between one to three digits and three more is refused as ambiguous,
E0709) or write it without a separator (`1500`, or `1.5` for a decimal).";

    SameFileTwice = "W0737", Warning, "the same file given twice",
"The same measurement file was named twice: under two spellings of its path
(`b.csv` and `./b.csv`), or once by itself and once inside a folder given too
(`. b.csv`), through a symbolic link, or through a hard link (two names of
one file). It is read once, where it first comes; reading it twice would make
its unit two units, or give each of its values twice.

Fix: name each file once.";

    UnitOfMeasureNamesNoUnit = "W0738", Warning, "a unit of measure given as a reporting unit",
"A JSON file's `\"unit\"` names the reporting unit (the ward, the office), but
its text is a unit of measure (`%`, `phút`, `lớp`, `hồ sơ`), as a table's
`unit` column of such values is: a unit of measure is never a ward. The
values are given to the file's unit, named by the file, as if `unit` were
not there; they are not joined with other files under the unit of measure's
name.

Example:
    {\"unit\": \"lớp\", \"values\": {\"classes_held\": 6}}

Fix: name the reporting unit (`\"unit\": \"Phường Trần Liễu\"`) or leave `unit`
out; a value's unit of measure is written with the value (`\"95%\"`,
`\"12 phút\"`).";

    BadMaximum = "E0740", Error, "a maximum from the data is missing or not a number from 0 to 1,000,000",
"A target whose maximum is a metric of the unit (`points max_21`) needs that
value: without it the target earns nothing and adds nothing to the unit's
maximum (its status is missing); with a negative value, a value above
1,000,000 (the most a plan's own `points` may be, which keeps sums of points
exact), or `n/a`, it is invalid. The diagnostic stands at the maximum's value, or, when the value
is not reported, at the values the target measures.

Example:
    target r21 points max_21 scoring linear
    unit,metric,value
    Xã C,max_21,-2

Fix: report the maximum the method gives the unit (`Xã C,max_21,5`).";

    MaxOutsideBound = "E0754", Error, "a maximum from the data outside the plan's bound",
"A target whose maximum comes from the unit's data within a bound (`points
max_21 in 0..20`) is invalid for a unit whose value is outside it: the method
says what a unit's maximum can be, and a unit that reports more (500) would
rank first on points no one else can earn, one that reports less would drop a
target it does badly on. The target earns nothing, the unit's maximum is not
known: it has no percentage and no grade and ranks after the units that have
one (as with E0740). The diagnostic stands at the value.

Example:
    target r21 points max_21 in 0..20 scoring linear
    unit,metric,value
    Xã C,max_21,500

Fix: report the maximum the method gives the unit (`Xã C,max_21,20`).";

    PeriodsOverlap = "E0765", Error, "periods that overlap under a cumulative target",
"A `cumulative` target sums a metric over the periods a unit submitted. Two of
them overlap (`2026` and `2026-H1`, or one period given twice): summing both
would count days twice, so the target is invalid for the unit.

Fix: submit periods that do not overlap: the years, or their halves, not both.";

    NotOneRecurrencePeriod = "W0766", Warning, "period is not one of a recurring target's periods",
"A target judged `every year` (half, quarter, month) is judged in each such
period, with that period's value. The evaluated period is not one of them and
not inside one (a five-year submission, or `2026-H2` for a yearly target), or
holds several due dates of a recurring task: a value of five years says nothing
of \"5 every year\". The target is not judged: `not_applicable`, left out of
the maximum, with a note.

Fix: evaluate each year (half, quarter, month) on its own: a `period` column
or field of `2026`, `2026-H1`, `2026-Q3` or `2026-08`.";

    MaxUnbounded = "W0755", Warning, "a maximum from the data without a bound",
"`points NAME` takes a target's maximum from the unit's own data, and without a
bound the unit is taken at its word: a unit that reports 500 where the method
gives 20 ranks first, one that reports 0 drops a target it does badly on. Write
the range the method gives (`in LOW..HIGH`); a value outside it makes the
target invalid (E0754).

Example:
    target r21 points max_21 scoring linear

Fix:
    target r21 points max_21 in 0..20 scoring linear";

    MoreLikeThis = "W0745", Warning, "more diagnostics like this, not shown one by one",
"One file gave many diagnostics of one code (a long line of repeated labels,
a JSON file of a thousand units each with the same bad value). The first 20
of each code in a file are shown each at its place; the others are counted in
this one diagnostic, which stands at the first of them and names their code.
The counts of errors and warnings, and the exit status, include every one of
them; `--all-diagnostics` (on `check` and `eval`) shows each. A line that
gives the same label 2,000 times shows 20 E0110 and this one for the 1,979
others.

Example:
    metric a: count
    target a >= 1 label \"x\" label \"x\" label \"x\" label \"x\" label \"x\" label \"x\"

Fix: fix the ones shown (they are usually one slip repeated) and run again.";

    UnclosedQuote = "E0746", Error, "a quote left open in a CSV field swallowed the rows after it",
"A field of a CSV file opens with a quote (`\"`) that is not closed where the
field ends, so the CSV reader reads on, over the line breaks, until the next
quote or the end of the file: the rows on those lines become part of one
field. A field that runs over a line break and whose quote is never closed,
or is closed by a quote that the separator or the line's end does not follow
(the opening quote of a later field), is such a field. The diagnostic stands
at the opening quote and names the lines that were read as one row; that row
is not read, so the metrics of the swallowed rows are missing until the quote
is closed. A quoted line break closed where its field ends (a name
`\"Phường⏎Hai\"`, a note of two lines) is read.

Example:
    metric,value
    online_payment_ratio,\"55%
    waiting_time,12

Fix: close the quote where the field ends (`\"55%\"`) or remove it.";

    UnitNamesNone = "W0751", Warning, "a reporting unit written as a dash or `n/a`",
"A row's reporting unit cell holds a dash, `x`, `na` or `n/a`: such a cell
names no unit, and the row's values are given to the file's unit (the one
the file is named for), as an empty cell's are. A unit named so is most often
a unit whose name was not known to whoever filled the table, or a placeholder
left in: its values would silently count for another unit. In a JSON file,
`\"unit\": \"-\"` is told the same way: the object's values are the file's unit's.

Example (in `phuong_1.csv`):
    unit,metric,value
    -,on_time_ratio,95%

Fix: write the unit's name, or leave the cell empty where the row is the
file's unit's.";

    ComputedOnly = "W0752", Warning, "a value the plan computes from its counts only was reported",
"The plan says a derived metric is computed from its counts only (`computed`
after its formula, or `default computed` for every derived metric), and a
unit reported the metric itself. The value reported is not taken: where the
counts are reported they give it, as if it had not been reported; where they
are not, the targets on it are `missing` (the unit gave no value the plan
takes), and the message names the counts to report. A share reported on its
own would otherwise earn the points its counts may not support (100% of
online payments, with no count of dossiers paid or payable).

Example (`metric paid_online_ratio = dossiers_paid_online / dossiers_payable
computed`):
    paid_online_ratio,100%

Fix: report the counts instead:
    dossiers_paid_online,473
    dossiers_payable,512";

    UnitsWord = "W0753", Warning, "a computed value taken on the unit's word",
"A unit reported a derived metric (a share the plan computes from counts)
without all of its counts, and the value it reported decides points: it is
taken as the unit reports it. The warning says so once per unit and metric,
naming the counts not reported, so that a reviewer sees whose word the
points rest on. A plan whose method computes the value from counts only says
so (`computed` after the formula, or `default computed`), and such a report is
then refused (W0752).

Example (`metric p = paid / payable`, `target p points 6 scoring linear`):
    p,100%

Fix: report the counts, or let the plan say the metric is `computed`.";

    NoBaseline = "E0770", Error, "no baseline value for a unit",
"The plan uses `baseline(x)`, the value of `x` in an earlier period, and a
unit has none: no `--baseline` file was given, the baseline files do not name
the unit, or they give no value of `x` (or of the metrics `x` is computed
from). Every target that depends on it is `missing`, with the reason in its
note. The diagnostic stands at the unit's first value in the measurements and
names the unit, the metric and why. A baseline value that is given but cannot
be used is reported where it stands in the baseline file, as any value is.

Example:
    chitieu eval plan.plan data/2026/

Fix: give last period's files:
    chitieu eval plan.plan data/2026/ --baseline data/2025/";

    BaselineNotEarlier = "W0771", Warning, "a baseline file's period is not before the evaluated one",
"A baseline file says the period it covers (its `period` column or field), and
that period does not end before the evaluated period begins: last year's
values were meant, and these may be this year's own. The values are used as
the baseline still; check the files given with `--baseline`.

Example: evaluating 2026 with `--baseline` files of period `2026`.

Fix: give the files of the period before.";

    DamagedName = "W0747", Warning, "control characters in a metric or unit name: the file is damaged",
"A metric name or a reporting unit's name in a measurement file holds a
control character (NUL, ESC, BEL): no plan names a metric so, and a
spreadsheet or a form does not write one. The file was damaged (a bad copy, a
byte pasted from a terminal). The row is not read, so the targets on the
metric are missing; the diagnostic stands at the name (its line and column)
rather than blaming the plan for not knowing it.

Example (␀ stands for a NUL byte):
    metric,value
    report_ann␀␀ual,2025-09-05

Fix: retype the name in the file (`report_annual`).";

    OtherPeriodsNotScored = "W0760", Warning, "readings of other periods not scored",
"A unit's readings name several periods. The unit is evaluated for one period
(`eval --period P`, else the latest ending period its readings name); its
readings of other periods are kept (a cumulative target may sum them) but not
scored for that period. Shown once per unit, at its first reading of another
period.

Example (one file, two years of one ward):
    unit,period,metric,value
    Phường A,2025,dossiers_on_time,120
    Phường A,2026,dossiers_on_time,140

Fix: nothing if meant; otherwise give one period per file, or choose one with
`--period 2025`.";

    PeriodOptionUnusable = "E0761", Error, "the period asked for cannot be evaluated",
"`eval --period P` names the period to evaluate: `2026`, `2026-H1`, `2026-Q3`,
`2026-08`, `08/2026` or `2026-01-01..2026-06-30`. It cannot be read, or lies
wholly outside the plan's period: nothing is evaluated.

Fix: `--period 2026` with a period within the plan's `period`.";

    UnknownOverride = "E0801", Error, "no such inherited target",
"`override` and `drop` change targets inherited with `extends`, by id; this id
is not among them.

Example:
    extends \"tran-lieu-2025-h2.plan\"
    override on_time_ratoi in 97%..100%

Fix: use the id of an inherited target (see `chitieu check` on the parent), or
write a new `target`.";

    LooserOverride = "W0802", Warning, "override makes a target looser",
"An override accepts values that the plan it builds on did not: a lower `>=`
threshold, a higher `<=`, a wider range, a later deadline. Targets should not
slide back from one period to the next; the warning makes it visible.

Example:
    override online_payment_ratio >= 55%   # was >= 60%

Fix: keep the threshold, or keep the change knowingly.";

    ExtendsOutside = "E0803", Error, "extended plan outside the plan's folder",
"The path after `extends` must be relative and stay inside the folder of the
plan given on the command line: an absolute path, a `..` that leaves it, or a
symbolic link that points outside it could make chitieu read any file.

Example:
    extends \"/etc/passwd\"
    extends \"../../other/plan.plan\"

Fix: keep the plans of a series in one folder tree.";

    ExtendsCycle = "E0804", Error, "plans extend each other in a cycle",
"A plan extends itself, directly or through others.

Fix: a plan extends an earlier period's plan, never a later one.";

    ExtendsTooDeep = "E0810", Error, "chain of extended plans too long",
"Plans can build on plans that build on others, but a chain longer than 32
plans (the plan checked counted) is not followed: loading follows it one plan
at a time, and a real chain (the nation, a city, a ward; a few periods) is a
handful long. The plans beyond the limit are not read.

Example: p0.plan extends p1.plan, which extends p2.plan, ... up to p40.plan.

Fix: extend the plan that holds the targets to keep, or fold old periods'
plans into one.";

    ExtendsUnreadable = "E0805", Error, "extended plan cannot be read",
"The file named after `extends` does not exist or cannot be read, or is a
FIFO, socket or device (never read: it may never end).

Fix: check the path; it is relative to the file that says `extends`.";

    ExtendsBroken = "E0806", Error, "extended plan has errors",
"The plan named after `extends` has errors (shown with its own name), so
nothing can be inherited from it. In a chain of plans (`a` extends `b`,
which extends `c`, where `c` has an error), it is said once, at the plan
directly above the one with the error (`b`): the plans above that are
broken too, without saying so again.

Fix: correct that plan first.";

    OverrideWithoutExtends = "E0807", Error, "override in a plan that extends nothing",
"`override` and `drop` change inherited targets, but this plan has no
`extends`.

Fix: add `extends \"earlier.plan\"`, or write the target with `target`.";
    // ---- the units register (`--units`) and targets for some units ----

    RegisterUnreadable = "E0900", Error, "units register cannot be read",
"The file given with `--units` does not exist, cannot be read, is larger than
64 MiB, or is not text (UTF-8, or UTF-16 with a byte-order mark). Nothing of
it is used: a plan with `for level` or `for tag` is then evaluated as
without a register (E0241).

Fix: check the path; save the register as CSV UTF-8.";

    RegisterMissingColumn = "E0901", Error, "units register lacks a column",
"A units register needs a header row naming the columns `unit`, `parent` and
`level` (or `đơn vị`, `cấp trên`, `cấp`), in any order; `tags` (`nhãn`) may
follow. Without `unit` nothing can be read; without `parent` or `level`, the
units are read without them.

Example:
    unit,parent,level,tags
    Hà Nội,,tỉnh,
    Phường Ba Đình,Hà Nội,xã,trung_tam

Fix: add the column to the header (see docs/units.md).";

    RegisterEmptyUnit = "E0902", Error, "row of the units register names no unit",
"A row of the register has values but its `unit` cell is empty: it is
passed over.

Fix: write the unit's name, or delete the row.";

    RegisterDuplicateUnit = "E0903", Error, "unit listed twice in the register",
"The register names the same unit on two rows (names are compared as
measurement files' unit names are: spaces around them and the way accents
are typed do not count). The first row is used, the later one passed over.

Fix: delete the later row, or tell the two units apart by name.";

    RegisterUnknownParent = "E0904", Error, "parent not in the units register",
"A unit's parent is not a unit of the register. The unit is used as one at
the top (without a parent), so it counts toward no roll-up.

Example (the register says `Hà Nội`):
    unit,parent,level
    Hà Nội,,tỉnh
    Phường Ba Đình,Ha Noi,xã

Fix: write the parent as the register names it, or add the parent as a unit
of its own; leave the cell empty for a unit at the top.";

    RegisterSelfParent = "E0905", Error, "unit is its own parent",
"A unit names itself as its parent. It is used without a parent.

Fix: write its real parent, or leave the cell empty for a unit at the top.";

    RegisterCycle = "E0906", Error, "units are each other's parents",
"Following the parents from a unit leads back to it: the register is not a
tree. Every unit of the cycle is named once, at the first of them in the
register; each is used without a parent. Units below the cycle keep their
parents.

Example:
    unit,parent,level
    A,B,xã
    B,A,huyện

Fix: write each unit's real parent; the unit at the top has none.";

    RegisterUnknownColumn = "W0900", Warning, "column of the units register not read",
"The register has a column that is not one of `unit`, `parent`, `level`,
`tags` (or `đơn vị`, `cấp trên`, `cấp`, `nhãn`), or names one of them a
second time. It is passed over.

Fix: rename the column if it was meant as one of those, or leave it: it
does no harm.";

    RegisterUnclosedQuote = "E0907", Error, "a quote left open in the units register swallowed the rows after it",
"A cell of the units register opens with a quote (`\"`) that is not closed
where the cell ends, so the CSV reader reads on, over the line breaks, to
the next quote or the end of the file: the rows on those lines become one
cell. That row is not read, so none of the units on those lines is in the
register (their measured units get W0241, their children E0904). The
diagnostic stands at the opening quote and names the lines, as E0746 does
for a measurement file.

Example:
    unit,parent,level
    Hà Nội,,tỉnh
    \"Phường Ba Đình,Hà Nội,xã
    Phường Hoàn Kiếm,Hà Nội,xã

Fix: close the quote where the cell ends, or delete it.";

    RegisterBeyondHeader = "W0907", Warning, "row of the units register longer than its header",
"A row of the register has more fields than its header has columns: most
often a list of tags written without quotes in a file whose separator is
the one between the tags (`Phường Một;Tỉnh X;xã;du_lich;ven biển`). When
`tags` is the header's last column, the fields past it are read as more
tags; otherwise they are not read.

Fix: quote the cell that holds the separator (`\"du_lich;ven biển\"`), or
delete the extra fields.";

    RegisterDamagedCell = "W0908", Warning, "control character in the units register: the file is damaged",
"A cell of the register holds a control character (NUL, ESC, BEL): no name
holds one, and a spreadsheet does not write one. The file was damaged there.
The row is not read (its unit is not in the register), as W0747 says of a
measurement file; the diagnostic stands at the cell.

Fix: retype the cell.";

    RegisterRepeatedTag = "W0909", Warning, "tag written twice for a unit",
"A unit's tags name the same tag twice (compared as a plan's `for tag`
compares them: in any case, spaces, underscores, dots and hyphens aside):
it is kept once.

Fix: delete one.";

    ForNoUnit = "E0240", Error, "target for no unit",
"Several `for` clauses of one target must all hold for a unit (they are
joined by AND), and these cannot: a unit has one level, so a target `for
level xã for level huyện` is for no unit at all.

Fix: keep one `for level`; for either of two levels write two targets.";

    ForUnknown = "W0240", Warning, "`for` names nothing in the units register",
"`check --units FILE` (or `eval --units FILE`) found that a target's `for
level`, `for tag` or `for unit` names a level, tag or unit that no unit of
the register has: the target would apply to no unit (or to fewer than
written). Levels and tags are compared without regard to case, spaces,
underscores, dots or hyphens, but with their accents: `xa` is not `xã`.

Fix: write the name as the register does (the hint says the closest one).";

    ForWithoutRegister = "E0241", Error, "targets for levels or tags need a units register",
"The plan has targets `for level` or `for tag`, and `eval` was given no
units register (`--units FILE`), or one that could not be read. Which units
they apply to is not known: scoring every unit on them, or none, would give
every unit a total the plan does not mean. Nothing is evaluated.

Fix: give the register with `--units FILE`. `for unit \"A\"` alone needs no
register.";

    UnitNotInRegister = "W0241", Warning, "unit not in the units register",
"A measured unit is not in the units register given with `--units`. It has
no level and no tags, so the targets `for level` and `for tag` do not apply
to it (they are absent from its results, not missing); targets for every
unit and `for unit` targets naming it are scored as usual.

Fix: add the unit to the register, or correct its name in the measurements.";

    UnitsWithoutLevel = "W0243", Warning, "units without a level, in a plan with targets for levels",
"The plan has targets `for level`, and units of the units register have an
empty `level` cell: no target `for level` is for them (those targets are
absent from their results, not missing). Said once, at the plan's first
`for level`, naming the first few units.

Fix: write each unit's level in the register.";

    ForRepeated = "W0242", Warning, "`for` clause written twice",
"A target says the same `for` clause twice (`for tag a for tag a`): the
second adds nothing.

Fix: delete one.";

    // Roll-up of units (`rollup`, `eval --rollup`): the texts of these codes
    // stand together, so that the parts of issue 16 merge without conflict.
    RollupMisfit = "E0330", Error, "metric cannot roll up that way",
"A metric's `rollup` says how a parent's value (a city's, the nation's) comes
from its children's when units are rolled up (`eval --rollup`): `sum` adds
them, `max` and `min` take the largest or smallest, `reported` takes only the
parent's own report. A sum of shares, of dates or of yes/no means nothing (a
city's share is not the sum of its wards' shares, nor their average), and
yes/no has no largest value.

Example:
    metric online_ratio: ratio rollup sum

Fix: declare the counts, summed, and the share as a formula over them, so
that the parent's share comes from the parent's summed counts:
    metric online_done: count rollup sum
    metric dossiers: count rollup sum
    metric online_ratio = online_done / dossiers";

    RollupOnDerived = "E0331", Error, "rollup on a derived metric",
"A derived metric never rolls up itself: at a parent its formula is computed
from the parent's rolled-up values of the metrics it names (a ratio from
summed counts, never an average of ratios). `rollup` belongs on the measured
metrics the formula names.

Example:
    metric online_ratio = online_done / dossiers rollup sum

Fix:
    metric online_done: count rollup sum
    metric online_ratio = online_done / dossiers";

    ChildrenMetTarget = "E0332", Error, "children_met of what is not a target",
"`children_met(TARGET)` is, at a parent (`eval --rollup`), the share of its
children where the target is met: its one argument is the id of a target of
the plan (`target ID: metric ...`, or the metric's name for a target without
an id).

Example:
    metric level5_share = children_met(levl5)

Fix:
    target level5: data_level >= 5
    metric level5_share = children_met(level5)";

    ChildrenMetCycle = "E0333", Error, "children_met of a target that depends on it",
"The target `children_met` names is on a metric that itself depends on
`children_met` (directly or through the formulas it names): its share of
children met would be judged from such shares, level by level, and the
plan could not say what a unit at the bottom meets.

Example:
    target share90: level5_share >= 90%
    metric level5_share = children_met(share90)

Fix: name a target on a metric the units measure or compute from their own
values:
    target level5: data_level >= 5
    metric level5_share = children_met(level5)";

    RollupDiffers = "W0920", Warning, "parent's own value differs from its children's",
"When units are rolled up (`eval --units FILE --rollup`), a parent that reports
its own value of a metric that rolls up by `sum`, `max` or `min` keeps it: the
parent knows its own figure (a dossier handled at the city itself is no ward's).
Where it differs from the aggregate of its children's values, the warning names
both numbers, at the parent's reading.

Example (`metric dossiers: count`, wards reporting 500 and 700):
    unit,metric,value
    Thành phố,dossiers,1250

Fix: check the figures; a metric whose children's values do not add up to the
parent's says `rollup reported`.";

    RollupIncomplete = "W0921", Warning, "children without a value leave the parent's aggregate missing",
"A parent's value of a metric that rolls up by `sum`, `max` or `min` comes from
all of its children. Where some child has no value (or one that cannot be
used), the parent's aggregate is missing (or invalid), never a sum of the
others, which would pass for the whole; the warning names those children. The
parent's targets on the metric, and on every formula that names it, are then
missing (or invalid).

Example: ward `Phường 3` did not report `dossiers`.

Fix: report the value at each child named, or the parent's own value.";

    RollupNotReported = "W0922", Warning, "parent does not report a metric that does not roll up",
"A metric that rolls up `reported` (by default a share, minutes, a date,
yes/no or a plain number, or a count the plan says so of) is not made from the
children's values: the parent reports it itself. A parent that does not, and
has targets that depend on it, has them missing; the warning names the metrics.

Example (`metric procedures_offered: count rollup reported`): the city's file
has no `procedures_offered`.

Fix: report it at the parent.";

    RollupTooLarge = "E0920", Error, "children's sum too large",
"The sum of the children's values of a metric is larger than a number chitieu
holds (28 digits): the parent's value is invalid.

Fix: check the children's values; one of them is most likely a mistake.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed_by_severity() {
        let mut ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Code::ALL.len());
        for code in Code::ALL {
            let prefix = match code.severity() {
                Severity::Error => 'E',
                Severity::Warning => 'W',
            };
            assert!(code.id().starts_with(prefix), "{}", code.id());
        }
    }
}
