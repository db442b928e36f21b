//! What `chitieu explain WORD` says of a word of the plan language (codes
//! have their own texts, in `diagnostic/codes.rs` and `vi_explain`): what
//! it does, an example, and where the documentation says more, in English
//! and Vietnamese.

use super::Lang;

/// A word of the language, its text in English, then in Vietnamese.
type Word = (&'static str, &'static str, &'static str);

const WORDS: &[Word] = &[
    (
        "by",
        "`by DATE` on a target makes it a milestone: it is judged in an evaluated period that ends \
on or after DATE; before, its status is `not_due`, its value still shown, and it counts neither \
for nor against the unit. Several targets on one metric with different dates are steps, not \
contradictions. `default by end` dates every target without its own `by` at the plan's end \
(those with `every`, `from` or `during` keep their own times).\n\n  \
target egdi_rank_asean <= 4 by 2028-12-31\n  \
target open_data >= 30% by 2026-12-31\n  \
target open_data >= 80% by 2030-12-31\n\n\
See docs/language.md, \"Milestones\", and docs/scoring.md, \"Not yet due\".",
        "`by NGÀY` trên chỉ tiêu biến nó thành một mốc: chỉ tiêu được đánh giá trong kỳ kết thúc \
vào hoặc sau NGÀY; trước đó trạng thái là `not_due` (chưa đến hạn), giá trị vẫn hiện, và không \
tính cho hay chống đơn vị. Nhiều chỉ tiêu trên một chỉ số với các mốc khác nhau là các bước, không \
mâu thuẫn. `default by end` đặt mốc cuối kỳ kế hoạch cho mọi chỉ tiêu không ghi `by`.\n\n  \
target egdi_rank_asean <= 4 by 2028-12-31\n  \
target open_data >= 30% by 2026-12-31\n  \
target open_data >= 80% by 2030-12-31\n\n\
Xem docs/language.md, mục \"Milestones\", và docs/scoring.md, mục \"Not yet due\".",
    ),
    (
        "baseline",
        "`baseline(x)` in a formula: the value of metric `x` in an earlier period, read from the \
files given with `eval --baseline PATH...` (the same formats, folders and unit names as the \
measurements). A derived `x`'s baseline is computed from its inputs' baseline values (or taken as \
the baseline files report it). A unit without one has the targets that need it `missing`, with \
E0770 saying why; `baseline` of a metric itself computed from a baseline is E0321.\n\n  \
metric processing_days: days \"Thời gian giải quyết (ngày làm việc)\"\n  \
metric cut = 1 - processing_days / baseline(processing_days)\n  \
target cut >= 30%\n\n\
See docs/language.md, \"Formulas\", and docs/measurements.md, \"Baselines\".",
        "`baseline(x)` trong công thức: giá trị của chỉ số `x` ở một kỳ trước, đọc từ các tệp đưa \
vào bằng `eval --baseline ĐƯỜNG_DẪN...` (cùng định dạng, thư mục và tên đơn vị như số liệu báo \
cáo). Giá trị kỳ gốc của một chỉ số suy ra được tính từ giá trị kỳ gốc của các đầu vào (hoặc lấy \
theo tệp kỳ gốc báo cáo). Đơn vị không có giá trị kỳ gốc thì các chỉ tiêu cần nó là thiếu số \
liệu, E0770 nói lý do; `baseline` của một chỉ số bản thân được tính từ giá trị kỳ gốc là E0321.\n\n  \
metric processing_days: days \"Thời gian giải quyết (ngày làm việc)\"\n  \
metric cut = 1 - processing_days / baseline(processing_days)\n  \
target cut >= 30%\n\n\
Xem docs/language.md, mục \"Formulas\", và docs/measurements.md, mục \"Baselines\".",
    ),
    (
        "default",
        "`default ...` says once what holds for every target of the plan (and of the plans that \
extend it) unless a target says otherwise. Five forms:\n\n  \
default not_applicable zero   # what a target earns when it does not apply\n  \
default round 0.01            # the step every target's points are rounded to\n  \
default rank_by points        # what a ranking of the units orders by\n  \
default computed              # derived metrics come from their counts only\n  \
default by end                # targets without a `by` are due at the plan's end\n\n\
`chitieu explain not_applicable`, `round`, `rank_by`, `computed` and `by` say more of each. See \
docs/language.md.",
        "`default ...` nói một lần điều áp dụng cho mọi chỉ tiêu của kế hoạch (và của các kế hoạch \
mở rộng nó), trừ khi chỉ tiêu nói khác. Năm dạng:\n\n  \
default not_applicable zero   # điểm của chỉ tiêu khi không áp dụng\n  \
default round 0.01            # bước làm tròn điểm của mọi chỉ tiêu\n  \
default rank_by points        # xếp hạng các đơn vị theo gì\n  \
default computed              # chỉ số suy ra chỉ tính từ các số đếm\n  \
default by end                # chỉ tiêu không ghi `by` đến hạn vào cuối kỳ kế hoạch\n\n\
`chitieu explain not_applicable`, `round`, `rank_by`, `computed` và `by` nói rõ từng dạng. Xem \
docs/language.md.",
    ),
    (
        "for",
        "`for ...` on a target or task says which units it is for; for the others it is absent \
(not in their results, counted in no total: neither missing nor not applicable). Three forms, \
several `for` clauses all holding (AND), the names of one `for unit` any of them (OR):\n\n  \
target city_datasets: datasets >= 5 for level \"tỉnh\"\n  \
target coast: reports >= 2 for level \"xã\" for tag ven_bien\n  \
target pilot: online >= 90% for unit \"Phường A\", \"Phường B\"\n\n\
Levels and tags come from the units register given with `--units FILE` (`eval` refuses a plan \
with `for level` or `for tag` without one: E0241). See docs/language.md and docs/units.md.",
        "`for ...` trên chỉ tiêu hay nhiệm vụ cho biết nó áp dụng cho đơn vị nào; với các đơn vị \
khác nó không có mặt (không có trong kết quả, không tính vào tổng nào: không phải thiếu số liệu, \
cũng không phải không áp dụng). Ba dạng; nhiều mệnh đề `for` phải cùng đúng (VÀ), các tên trong \
một `for unit` chỉ cần một (HOẶC):\n\n  \
target city_datasets: datasets >= 5 for level \"tỉnh\"\n  \
target coast: reports >= 2 for level \"xã\" for tag ven_bien\n  \
target pilot: online >= 90% for unit \"Phường A\", \"Phường B\"\n\n\
Cấp và nhãn lấy từ danh mục đơn vị đưa bằng `--units FILE` (`eval` không chấm kế hoạch có \
`for level` hay `for tag` khi thiếu danh mục: E0241). Xem docs/language.md và docs/units.md.",
    ),
    (
        "redistribute",
        "`not_applicable redistribute`: when the target does not apply to a unit, its points are \
shared equally among the other targets of its section that apply (Hải Phòng 212/2025); each \
report says what a target received and from which target.\n\n  \
target x >= 90% points 3 not_applicable redistribute\n\n\
See docs/scoring.md, \"redistribute\".",
        "`not_applicable redistribute`: khi chỉ tiêu không áp dụng cho một đơn vị, điểm của nó được \
chia đều cho các chỉ tiêu khác cùng mục còn áp dụng (Hải Phòng 212/2025); báo cáo ghi chỉ tiêu \
nào nhận bao nhiêu điểm, từ chỉ tiêu nào.\n\n  \
target x >= 90% points 3 not_applicable redistribute\n\n\
Xem docs/scoring.md, mục \"redistribute\".",
    ),
    (
        "not_applicable",
        "`not_applicable RULE`: what a target earns when it does not apply (a zero denominator, or \
an `n/a` the unit writes): `full` (its points), `zero`, `excluded` (left out of the maximum), \
`redistribute` (shared in its section) or `never` (it always applies).\n\n  \
target satisfaction >= 85% not_applicable excluded\n\n\
See docs/scoring.md, \"Targets without a usable value\".",
        "`not_applicable QUY_TẮC`: điểm của chỉ tiêu khi không áp dụng (mẫu số bằng 0, hoặc đơn vị \
ghi `n/a`): `full` (đủ điểm), `zero` (0 điểm), `excluded` (bỏ khỏi điểm tối đa), `redistribute` \
(chia cho cả mục) hoặc `never` (luôn áp dụng).\n\n  \
target satisfaction >= 85% not_applicable excluded\n\n\
Xem docs/scoring.md, mục \"Targets without a usable value\".",
    ),
    (
        "round",
        "`round STEP` on a target rounds the points it earns to a multiple of STEP, half away from \
zero, before a unit's points are summed (1.787 + 1.867 + 3.633 gives 1.79 + 1.87 + 3.63 = 7.29); \
`default round STEP` does it for every target. In a formula, `round(x, N)` rounds a value to N \
decimals.\n\n  \
target p1 points 6 scoring linear round 0.01\n  \
metric p = round(paid_online / payable, 4)\n\n\
See docs/scoring.md, \"Rounding of points\", and docs/language.md, \"Formulas\".",
        "`round BƯỚC` trên chỉ tiêu làm tròn điểm đạt được đến bội số của BƯỚC, nửa xa số 0, trước \
khi cộng điểm của đơn vị (1,787 + 1,867 + 3,633 thành 1,79 + 1,87 + 3,63 = 7,29); `default round \
BƯỚC` áp dụng cho mọi chỉ tiêu. Trong công thức, `round(x, N)` làm tròn giá trị đến N chữ số \
thập phân.\n\n  \
target p1 points 6 scoring linear round 0.01\n  \
metric p = round(paid_online / payable, 4)\n\n\
Xem docs/scoring.md, mục \"Rounding of points\", và docs/language.md, mục \"Formulas\".",
    ),
    (
        "else",
        "`a else b` in a formula: `b` where `a` is not applicable (a division by zero, or an `n/a` \
the plan lets the unit write), `a` otherwise; it binds loosest, and a missing value stays \
missing.\n\n  \
metric r14 = synced / max(bcqg, dvcqg) else 0\n\n\
See docs/language.md, \"Formulas\".",
        "`a else b` trong công thức: lấy `b` khi `a` không áp dụng (chia cho 0, hoặc `n/a` mà kế \
hoạch cho phép đơn vị ghi), ngược lại lấy `a`; `else` có độ ưu tiên thấp nhất, và giá trị thiếu \
vẫn là thiếu.\n\n  \
metric r14 = synced / max(bcqg, dvcqg) else 0\n\n\
Xem docs/language.md, mục \"Formulas\".",
    ),
    (
        "grade",
        "`grade \"NAME\" CONDITION` rates each unit by its total: grades are tried in the order \
declared, and a unit gets the first whose condition holds (none when none holds). A condition \
tests the unit's percentage or points, and shares or counts of its targets met, not met or \
missing, joined by `and` and `or`.\n\n  \
grade \"Xuất sắc\" >= 90% and met == 100%\n  \
grade \"Đạt\" >= 50% and not_met <= 20%\n\n\
See docs/language.md, \"Grades\".",
        "`grade \"TÊN\" ĐIỀU_KIỆN` xếp loại từng đơn vị theo tổng điểm: các xếp loại được thử theo \
thứ tự khai báo, đơn vị nhận xếp loại đầu tiên có điều kiện đúng (không có nếu không điều kiện \
nào đúng). Điều kiện xét tỷ lệ hoặc điểm của đơn vị, và tỷ lệ hoặc số chỉ tiêu đạt, không đạt, \
thiếu số liệu, nối bằng `and` và `or`.\n\n  \
grade \"Xuất sắc\" >= 90% and met == 100%\n  \
grade \"Đạt\" >= 50% and not_met <= 20%\n\n\
Xem docs/language.md, mục \"Grades\" (\"Xếp loại\").",
    ),
    (
        "scoring",
        "`scoring RULE` says how a target's points are earned: `all_or_nothing` (the default), \
`linear` (points × the value as a share), `saturating` (full from the threshold, or from the \
value written after it; in proportion below) or `tiers` (the points of the best tier met). A \
target without a condition only scores, and its status is `scored`.\n\n  \
target on_time_ratio points 20 scoring linear\n  \
target online_ratio points 10 scoring saturating 80%\n\n\
See docs/scoring.md, \"Scoring rules\".",
        "`scoring QUY_TẮC` cho biết cách tính điểm chỉ tiêu: `all_or_nothing` (mặc định: đạt thì đủ \
điểm), `linear` (tuyến tính: điểm × tỷ lệ), `saturating` (đủ điểm từ ngưỡng, hoặc từ giá trị ghi \
sau nó; dưới đó tính theo tỷ lệ) hoặc `tiers` (theo bậc: điểm của bậc cao nhất đạt được). Chỉ \
tiêu không có điều kiện chỉ chấm điểm, trạng thái `scored`.\n\n  \
target on_time_ratio points 20 scoring linear\n  \
target online_ratio points 10 scoring saturating 80%\n\n\
Xem docs/scoring.md, mục \"Scoring rules\".",
    ),
    (
        "children_met",
        "`children_met(TARGET)` in a formula: at a parent (`eval --units FILE --rollup`), the share \
of its children where the target is met, a ratio. A child where it failed, is missing or invalid \
counts as not met; one where it does not apply or is not yet due is left out; a unit without \
children has it n/a.\n\n  \
target level5: data_level >= 5\n  \
metric provinces_at_level5 = children_met(level5)\n  \
target provinces_at_level5 >= 90% not_applicable excluded\n\n\
See docs/rollup.md.",
        "`children_met(TARGET)` trong công thức: ở đơn vị cấp trên (`eval --units FILE --rollup`), \
tỷ lệ các đơn vị con đạt chỉ tiêu, kiểu tỷ lệ. Đơn vị con không đạt, thiếu số liệu hoặc không \
hợp lệ được tính là không đạt; đơn vị con mà chỉ tiêu không áp dụng hoặc chưa đến hạn không được \
tính; đơn vị không có đơn vị con thì không áp dụng.\n\n  \
target level5: data_level >= 5\n  \
metric provinces_at_level5 = children_met(level5)\n  \
target provinces_at_level5 >= 90% not_applicable excluded\n\n\
Xem docs/rollup.md.",
    ),
    (
        "rollup",
        "`rollup sum|max|min|reported` after a measured metric's type: how a parent's value (a \
city's from its wards', the nation's from its provinces') comes from its children's when \
`eval --units FILE --rollup` scores parents. `sum` adds them, `max` and `min` take the largest \
or smallest, `reported` takes the parent's own report only. Without it, counts and money are \
summed and every other type is reported. A derived metric never rolls up itself: at a parent \
its formula is computed from the parent's rolled-up values (a ratio from summed counts, never \
an average of ratios); `rollup` on one is E0331, and a sum of shares or dates E0330.\n\n  \
metric dossiers: count                          # summed\n  \
metric procedures_offered: count rollup reported # one procedure, many wards\n  \
metric leaders_female_ratio: ratio rollup min     # the least of the sub-units\n\n\
See docs/rollup.md.",
        "`rollup sum|max|min|reported` sau kiểu của một chỉ số đo được: giá trị của đơn vị cấp \
trên (thành phố từ các phường, cả nước từ các tỉnh) lấy từ các đơn vị con thế nào khi \
`eval --units FILE --rollup` chấm điểm đơn vị cấp trên. `sum` cộng lại, `max` và `min` lấy giá \
trị lớn nhất hoặc nhỏ nhất, `reported` chỉ lấy số liệu chính đơn vị cấp trên báo cáo. Nếu \
không ghi, số đếm và tiền được cộng, mọi kiểu khác do đơn vị cấp trên báo cáo. Chỉ số suy ra \
không bao giờ tự cộng dồn: ở đơn vị cấp trên công thức được tính từ giá trị đã cộng dồn (tỷ lệ \
từ tổng các số đếm, không bao giờ là trung bình các tỷ lệ); `rollup` trên nó là E0331, tổng \
các tỷ lệ hoặc ngày là E0330.\n\n  \
metric dossiers: count                          # cộng lại\n  \
metric procedures_offered: count rollup reported # một thủ tục, nhiều phường\n  \
metric leaders_female_ratio: ratio rollup min     # nhỏ nhất trong các đơn vị con\n\n\
Xem docs/rollup.md.",
    ),
    (
        "computed",
        "`computed` after a derived metric's formula: its value is computed from its counts only, \
never taken as a unit reports it. A unit that reports the metric itself gets W0752 naming the \
counts to report; its targets are then computed from the counts, or missing without them. \
`default computed` says it of every derived metric of the plan. Without it, a share reported \
without its counts stands as the unit's word, with W0753 where it decides points.\n\n  \
metric paid_online_ratio = dossiers_paid_online / dossiers_payable computed\n  \
default computed\n\n\
See docs/scoring.md, \"A number on the unit's word\".",
        "`computed` sau công thức của một chỉ số suy ra: giá trị chỉ được tính từ các số đếm, không \
bao giờ lấy theo đơn vị báo cáo. Đơn vị báo cáo chính chỉ số đó bị báo W0752, nêu các số đếm \
cần báo cáo; các chỉ tiêu trên nó được tính từ các số đếm, hoặc thiếu số liệu nếu không có. \
`default computed` áp dụng cho mọi chỉ số suy ra của kế hoạch. Nếu không có, tỷ lệ báo cáo \
không kèm số đếm được lấy theo lời đơn vị, kèm W0753 khi nó quyết định điểm.\n\n  \
metric paid_online_ratio = dossiers_paid_online / dossiers_payable computed\n  \
default computed\n\n\
Xem docs/scoring.md, mục \"A number on the unit's word\".",
    ),
    (
        "max",
        "`max(a, b)` and `min(a, b)` in a formula: the larger or smaller of values of one type \
(a count with a count, a share with a share).\n\n  \
metric r14 = synced / max(bcqg, dvcqg) else 0\n\n\
See docs/language.md, \"Formulas\".",
        "`max(a, b)` và `min(a, b)` trong công thức: giá trị lớn hơn hoặc nhỏ hơn của các giá trị \
cùng kiểu (số đếm với số đếm, tỷ lệ với tỷ lệ).\n\n  \
metric r14 = synced / max(bcqg, dvcqg) else 0\n\n\
Xem docs/language.md, mục \"Formulas\".",
    ),
    (
        "rank_by",
        "`default rank_by points|percent`: what a ranking of the plan's units orders by (`eval \
--summary --rank`, the HTML batch's ranking), highest first; without it, by percentage. The 766 \
portal ranks by points. `--rank-by` on the command line wins over it.\n\n  \
default rank_by points\n\n\
See docs/scoring.md, \"Totals\", and docs/language.md, \"Statements\".",
        "`default rank_by points|percent`: xếp hạng các đơn vị của kế hoạch theo điểm hay theo tỷ \
lệ điểm (`eval --summary --rank`, bảng xếp hạng HTML), cao nhất trước; không ghi thì theo tỷ lệ \
điểm. Cổng 766 xếp hạng theo điểm. `--rank-by` trên dòng lệnh được ưu tiên hơn.\n\n  \
default rank_by points\n\n\
Xem docs/scoring.md, mục \"Totals\", và docs/language.md, mục \"Statements\".",
    ),
    (
        "points",
        "`points N` is a target's maximum: what it earns when met (or, scored `linear`, `saturating` \
or by `tiers`, at most). Without it a target with a condition is worth 1 point, and one without a \
condition earns nothing and is only tracked. `points NAME` reads each unit's maximum from a \
metric. A unit's total is the sum of what its targets earn, shown beside the sum of their maxima \
and as a percentage of it.\n\n  \
target on_time_ratio >= 95% points 20\n  \
target synced points max_points scoring linear\n\n\
See docs/scoring.md, \"Points\".",
        "`points N` là điểm tối đa của chỉ tiêu: điểm đạt được khi đạt (hoặc, khi tính `linear`, \
`saturating` hay theo `tiers`, điểm cao nhất có thể). Không ghi thì chỉ tiêu có điều kiện đáng 1 \
điểm, còn chỉ tiêu không có điều kiện không có điểm và chỉ được theo dõi. `points TÊN` đọc điểm \
tối đa của từng đơn vị từ một chỉ số. Tổng điểm của đơn vị là tổng điểm các chỉ tiêu đạt được, \
ghi cạnh tổng điểm tối đa và tỷ lệ phần trăm so với nó.\n\n  \
target on_time_ratio >= 95% points 20\n  \
target synced points max_points scoring linear\n\n\
Xem docs/scoring.md, mục \"Points\".",
    ),
    (
        "status",
        "Each target of a unit gets a status in every report: `pass` (met), `fail` (not met), \
`missing` (no value), `not_applicable` (nothing to count, or an `n/a` the plan allows: its points \
follow its `not_applicable` rule), `invalid` (a value that cannot be used: its note says why), \
`scored` (a target without a condition that earned points for its value: neither met nor \
failed), `tracked` (a target without a condition and without points: its value is shown, it \
earns nothing and never fails) or `not_due` (NOT DUE: a milestone, task or timed target the \
evaluated period does not judge yet; its value is shown, and it counts neither for nor against \
the unit).\n\n  \
target on_time_ratio points 20 scoring linear    # scored\n  \
target calls                                     # tracked\n  \
target open_data >= 80% by 2030-12-31            # not_due in 2026\n\n\
See docs/scoring.md, \"Status and points\", \"Targets only tracked\" and \"Not yet due\".",
        "Mỗi chỉ tiêu của đơn vị có một trạng thái trong mọi báo cáo (status): `pass` (Đạt), `fail` \
(Không đạt), `missing` (thiếu số liệu), `not_applicable` (không áp dụng: không có gì để đếm, hoặc \
`n/a` mà kế hoạch cho phép; điểm theo quy tắc `not_applicable`), `invalid` (giá trị không dùng \
được, ghi chú nói lý do), `scored` (Chấm điểm: chỉ tiêu không có điều kiện, được điểm theo giá \
trị, không đạt cũng không trượt), `tracked` (Theo dõi: chỉ tiêu không có điều kiện và không \
có điểm; giá trị được hiển thị, không có điểm và không bao giờ trượt) hoặc `not_due` (Chưa đến \
hạn: mốc, nhiệm vụ hoặc chỉ tiêu theo thời gian mà kỳ đánh giá chưa xét; giá trị vẫn hiện, không \
tính cho hay chống đơn vị).\n\n  \
target on_time_ratio points 20 scoring linear    # scored\n  \
target calls                                     # tracked\n  \
target open_data >= 80% by 2030-12-31            # not_due in 2026\n\n\
Xem docs/scoring.md, mục \"Status and points\", \"Targets only tracked\" và \"Not yet due\".",
    ),
    (
        "every",
        "`every year` (`half`, `quarter`, `month`) on a target: it is judged in each calendar year \
(half, quarter, month) of the plan, with that period's value, when the evaluated period is exactly \
one of them; in a shorter period that ends before its recurrence period does it is `not_due`; in a \
period that spans several (a five-year submission) it is not judged (`not_applicable`, left out of \
the maximum, with a note). On a task, its due date repeats in each period, and the occurrence in \
the evaluated period is the one judged.\n\n  \
target open_datasets >= 5 every year\n  \
task report_annual due 2026-11-15 every year\n\n\
See docs/language.md, \"When a target is judged\", and docs/scoring.md, \"Recurring, windowed and \
cumulative targets\".",
        "`every year` (`half`, `quarter`, `month`) trên chỉ tiêu: chỉ tiêu được đánh giá trong từng \
năm (nửa năm, quý, tháng) dương lịch của kế hoạch, với giá trị của kỳ đó, khi kỳ đánh giá đúng \
bằng một kỳ như vậy; trong kỳ ngắn hơn kết thúc trước kỳ lặp của nó thì `not_due` (chưa đến hạn); \
trong kỳ trải qua nhiều kỳ lặp (số liệu cả năm năm) thì không đánh giá (`not_applicable`, bỏ khỏi \
điểm tối đa, có ghi chú). Với nhiệm vụ, hạn được lặp lại trong từng kỳ, và lần rơi vào kỳ đánh giá \
là lần được xét.\n\n  \
target open_datasets >= 5 every year\n  \
task report_annual due 2026-11-15 every year\n\n\
Xem docs/language.md, mục \"When a target is judged\", và docs/scoring.md, mục \"Recurring, \
windowed and cumulative targets\".",
    ),
    (
        "from",
        "`from DATE` on a target or task: it is judged only in evaluated periods from that day to \
the end of the plan (`during DATE .. DATE` for a window that ends sooner). Before the window it is \
`not_due`; a period that only partly lies in the window, or lies after it, does not judge it \
(`not_applicable`, left out of the maximum, with a note). A window outside the plan's period is \
E0618.\n\n  \
target budget_share >= 2% every year from 2026-01-01\n\n\
See docs/language.md, \"When a target is judged\".",
        "`from NGÀY` trên chỉ tiêu hoặc nhiệm vụ: chỉ đánh giá trong các kỳ đánh giá từ ngày đó đến \
hết kế hoạch (`during NGÀY .. NGÀY` cho khoảng kết thúc sớm hơn). Trước khoảng đó là `not_due` \
(chưa đến hạn); kỳ chỉ nằm một phần trong khoảng, hoặc sau khoảng, thì không đánh giá \
(`not_applicable`, bỏ khỏi điểm tối đa, có ghi chú). Khoảng nằm ngoài kỳ kế hoạch là E0618.\n\n  \
target budget_share >= 2% every year from 2026-01-01\n\n\
Xem docs/language.md, mục \"When a target is judged\".",
    ),
    (
        "during",
        "`during DATE .. DATE` on a target or task: it is judged only in evaluated periods within \
these days, both included; before them it is `not_due`, after them it is not judged \
(`not_applicable`, left out of the maximum, with a note). `explain from` says more.\n\n  \
target datasets >= 5 during 2026-01-01 .. 2027-12-31\n\n\
See docs/language.md, \"When a target is judged\".",
        "`during NGÀY .. NGÀY` trên chỉ tiêu hoặc nhiệm vụ: chỉ đánh giá trong các kỳ đánh giá nằm \
trong những ngày đó (tính cả hai đầu); trước đó là `not_due` (chưa đến hạn), sau đó thì không \
đánh giá (`not_applicable`, bỏ khỏi điểm tối đa, có ghi chú). `explain from` nói thêm.\n\n  \
target datasets >= 5 during 2026-01-01 .. 2027-12-31\n\n\
Xem docs/language.md, mục \"When a target is judged\".",
    ),
    (
        "cumulative",
        "`cumulative` on a target: the value judged is the metric summed over the periods the unit \
submitted, from the plan's (or the window's) start to the end of the evaluated period. Only a \
`count` or `money` metric adds up (E0619 otherwise); periods that overlap (2026 and 2026-H1) make \
the target invalid rather than count twice, and the result's note names the periods summed.\n\n  \
target datasets >= 20 cumulative\n\n\
See docs/scoring.md, \"Recurring, windowed and cumulative targets\".",
        "`cumulative` trên chỉ tiêu: giá trị đánh giá là tổng của chỉ số qua các kỳ đơn vị đã nộp, \
từ đầu kế hoạch (hoặc đầu khoảng thời gian) đến hết kỳ đánh giá. Chỉ chỉ số `count` hoặc `money` \
cộng dồn được (nếu không: E0619); các kỳ chồng lên nhau (2026 và 2026-H1) làm chỉ tiêu không hợp \
lệ thay vì tính hai lần, và ghi chú của kết quả nêu các kỳ đã cộng.\n\n  \
target datasets >= 20 cumulative\n\n\
Xem docs/scoring.md, mục \"Recurring, windowed and cumulative targets\".",
    ),
    (
        "owner",
        "`owner \"KEY\"` on a target, task or section names the unit's office that answers for it \
(\"chủ trì\"), a key of an `owner` declaration (E0501 otherwise); `with \"B\", \"C\"` after it names \
the co-ordinating owners (\"phối hợp\"). Owner totals count the target for the lead and for each \
co-ordinating owner (they then add up to more than the unit's); section totals count it once.\n\n  \
owner \"SoTTTT\" \"Sở Thông tin và Truyền thông\"\n  \
target online_ratio >= 80% owner \"SoTTTT\" with \"SoKHCN\", \"SoNV\"\n\n\
See docs/language.md, \"Clauses of targets and tasks\".",
        "`owner \"KHÓA\"` trên chỉ tiêu, nhiệm vụ hoặc mục nêu cơ quan chủ trì, là khóa của một khai \
báo `owner` (nếu không: E0501); `with \"B\", \"C\"` sau nó nêu các đơn vị phối hợp. Tổng theo đơn vị \
chủ trì tính chỉ tiêu cho đơn vị chủ trì và cho từng đơn vị phối hợp (nên cộng lại nhiều hơn của cả \
đơn vị); tổng theo mục tính một lần.\n\n  \
owner \"SoTTTT\" \"Sở Thông tin và Truyền thông\"\n  \
target online_ratio >= 80% owner \"SoTTTT\" with \"SoKHCN\", \"SoNV\"\n\n\
Xem docs/language.md, mục \"Clauses of targets and tasks\".",
    ),
    (
        "days",
        "`days` and `working_days` are types of durations: `days` counts days as the metric's label \
says (calendar days, or working days where the label says so), `working_days` counts working days \
only. Their values are written `5 days` (`5 ngày`) and `5 working_days` (`5 ngày làm việc`); \
chitieu converts between neither (nor minutes): one against the other is E0301.\n\n  \
metric processing_days: days \"Thời gian giải quyết (ngày làm việc)\"\n  \
metric permit_time: working_days\n  \
target permit_time <= 10 working_days\n\n\
See docs/language.md, \"Durations in days\".",
        "`days` và `working_days` là kiểu thời lượng: `days` đếm ngày theo nhãn của chỉ số (ngày \
lịch, hoặc ngày làm việc nếu nhãn nói vậy), `working_days` chỉ đếm ngày làm việc. Giá trị viết \
`5 days` (`5 ngày`) và `5 working_days` (`5 ngày làm việc`); chitieu không đổi giữa hai loại (hay \
phút): dùng loại này cho loại kia là E0301.\n\n  \
metric processing_days: days \"Thời gian giải quyết (ngày làm việc)\"\n  \
metric permit_time: working_days\n  \
target permit_time <= 10 working_days\n\n\
Xem docs/language.md, mục \"Durations in days\".",
    ),
    (
        "period",
        "`period DATE .. DATE` gives the days a plan covers (five years: 2026-01-01 .. 2030-12-31). \
Each unit is evaluated for one period of it: `eval --period P` where given, else the period its \
readings name (a `period` column or field: `2026`, `2027-H1`, `2027-Q3`), else the whole plan \
period. Milestones (`by`), due dates, `every`, `from` and `during` are judged against that \
evaluated period.\n\n  \
period 2026-01-01 .. 2030-12-31\n\n\
See docs/language.md, \"Periods and milestones\", and docs/measurements.md.",
        "`period NGÀY .. NGÀY` nêu các ngày kế hoạch bao quát (năm năm: 2026-01-01 .. 2030-12-31). \
Mỗi đơn vị được đánh giá cho một kỳ trong đó: `eval --period P` nếu có, nếu không là kỳ số liệu \
ghi (cột hoặc trường `period`: `2026`, `2027-H1`, `2027-Q3`), nếu không nữa là cả kỳ kế hoạch. \
Mốc (`by`), hạn, `every`, `from` và `during` được xét theo kỳ đánh giá đó.\n\n  \
period 2026-01-01 .. 2030-12-31\n\n\
Xem docs/language.md, mục \"Periods and milestones\", và docs/measurements.md.",
    ),
];

/// Every word `explain` knows, in alphabetical order, for the message
/// that lists them when it is given one it does not know.
pub fn known() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = WORDS.iter().map(|(w, _, _)| *w).collect();
    all.extend(ALIASES.iter().map(|(alias, _)| *alias));
    all.sort_unstable();
    all
}

/// Words told with another.
const ALIASES: &[(&str, &str)] = &[
    ("min", "max"),
    ("level", "for"),
    ("tag", "for"),
    ("unit", "for"),
    ("linear", "scoring"),
    ("saturating", "scoring"),
    ("tiers", "scoring"),
    ("all_or_nothing", "scoring"),
    ("pass", "status"),
    ("fail", "status"),
    ("missing", "status"),
    ("invalid", "status"),
    ("scored", "status"),
    ("tracked", "status"),
    ("not_due", "status"),
    ("with", "owner"),
    ("working_days", "days"),
];

/// What `explain` says of a word of the language in `lang` (`min` is told
/// with `max`, `linear`, `saturating` and `tiers` with `scoring`); `None`
/// for a word it does not know.
pub fn explanation(word: &str, lang: Lang) -> Option<&'static str> {
    let word = ALIASES
        .iter()
        .find(|(alias, _)| *alias == word)
        .map_or(word, |(_, told)| *told);
    let (_, en, vi) = WORDS.iter().find(|(w, _, _)| *w == word)?;
    Some(match lang {
        Lang::En => en,
        Lang::Vi => vi,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_has_an_example_and_a_pointer_in_both_languages() {
        for (word, en, vi) in WORDS {
            for text in [en, vi] {
                assert!(text.contains(word), "{word}: {text}");
                assert!(text.contains("docs/"), "{word}: {text}");
                assert!(text.contains("\n\n  "), "{word}: no example");
            }
        }
        assert_eq!(explanation("min", Lang::En), explanation("max", Lang::En));
        assert!(explanation("E0303", Lang::En).is_none());
        for word in known() {
            assert!(explanation(word, Lang::Vi).is_some(), "{word}");
        }
        assert_eq!(
            explanation("tracked", Lang::En),
            explanation("status", Lang::En)
        );
    }
}
