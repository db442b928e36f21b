//! From pest's pairs to the syntax tree, reporting what the grammar accepts
//! but cannot be used: unterminated texts, unknown words, impossible dates,
//! numbers too large, clauses given twice.

use pest::iterators::Pair;

use super::ast::*;
use super::grammar::Rule;
use super::literal::{self, LiteralError};
use super::problem::{SyntaxProblem, WordKind};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::source::FileId;
use crate::span::{Span, Spanned};
use crate::suggest::closest;

type P<'i> = Pair<'i, Rule>;

pub struct Lowerer<'d> {
    /// The file every span points into.
    file: FileId,
    /// Where the statement being lowered starts in the file.
    offset: usize,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl<'d> Lowerer<'d> {
    pub fn new(file: FileId, offset: usize, diagnostics: &'d mut Vec<Diagnostic>) -> Self {
        Lowerer {
            file,
            offset,
            diagnostics,
        }
    }

    fn span(&self, pair: &P) -> Span {
        let s = pair.as_span();
        Span::new(self.file, s.start() + self.offset, s.end() + self.offset)
    }

    fn report(&mut self, problem: SyntaxProblem, span: Span) {
        self.diagnostics.push(Diagnostic::of(problem, span));
    }

    /// Lowers a `statement` pair.
    pub fn statement(&mut self, pair: P) -> Option<Spanned<Statement>> {
        let inner = pair.into_inner().find(|p| p.as_rule() != Rule::EOI)?;
        let span = self.span(&inner);
        let statement = match inner.as_rule() {
            Rule::plan_stmt => Statement::Title(self.string(nth(&inner, Rule::string, 0)?)),
            Rule::period_stmt => Statement::Period {
                start: self.date(nth(&inner, Rule::date, 0)?),
                end: self.date(nth(&inner, Rule::date, 1)?),
            },
            Rule::owner_stmt => Statement::Owner(OwnerDecl {
                key: self.string(nth(&inner, Rule::string, 0)?),
                full_name: nth(&inner, Rule::string, 1).map(|p| self.string(p)),
            }),
            Rule::section_stmt => Statement::Section(SectionDecl {
                title: self.string(nth(&inner, Rule::string, 0)?),
                owner: nth(&inner, Rule::section_owner, 0).and_then(|p| self.clause_string(p)),
            }),
            Rule::metric_stmt => Statement::Metric(self.metric(inner)?),
            Rule::target_stmt => Statement::Target(self.target(inner)?),
            Rule::task_stmt => Statement::Task(self.task(inner)?),
            Rule::extends_stmt => Statement::Extends(self.string(nth(&inner, Rule::string, 0)?)),
            Rule::drop_stmt => Statement::Drop(self.ident(nth(&inner, Rule::ident, 0)?)),
            Rule::override_stmt => Statement::Override(self.override_decl(inner)?),
            Rule::default_stmt => Statement::Default(DefaultDecl {
                not_applicable: nth(&inner, Rule::na_clause, 0).and_then(|p| self.na_rule(p)),
                round: nth(&inner, Rule::round_clause, 0)
                    .and_then(|p| nth(&p, Rule::literal, 0))
                    .map(|p| self.literal(p)),
                rank_by: nth(&inner, Rule::rank_clause, 0).and_then(|p| self.rank_by(p)),
                computed: nth(&inner, Rule::kw_computed, 0).map(|p| Spanned {
                    node: (),
                    span: self.span(&p),
                }),
                by_end: nth(&inner, Rule::default_by, 0).map(|p| Spanned {
                    node: (),
                    span: self.span(&p),
                }),
            }),
            Rule::grade_stmt => Statement::Grade(self.grade(inner)?),
            _ => return None,
        };
        Some(Spanned::new(statement, span))
    }

    fn metric(&mut self, pair: P) -> Option<MetricDecl> {
        let name = self.ident(nth(&pair, Rule::ident, 0)?);
        let stated = nth(&pair, Rule::metric_typed, 0).map(|typed| self.metric_type(typed));
        let derived = nth(&pair, Rule::metric_derived, 0);
        let computed = derived
            .as_ref()
            .and_then(|d| nth(d, Rule::kw_computed, 0))
            .map(|p| Spanned {
                node: (),
                span: self.span(&p),
            });
        let def = match (derived, stated) {
            (Some(derived), stated) => {
                let expr = self.expr(nth(&derived, Rule::expr, 0)?)?;
                MetricDef::Derived(expr, stated.flatten())
            }
            (None, Some(Some(ty))) => MetricDef::Typed(ty),
            (None, _) => MetricDef::Invalid,
        };
        let label = nth(&pair, Rule::string, 0).map(|p| self.string(p));
        let rollup = nth(&pair, Rule::rollup_clause, 0).and_then(|p| self.rollup(p));
        Some(MetricDecl {
            name,
            def,
            label,
            computed,
            rollup,
        })
    }

    /// The type after `metric NAME:`, or `None` (reported) when unknown.
    fn metric_type(&mut self, typed: P) -> Option<Spanned<MetricType>> {
        let word = nth(&typed, Rule::ident, 0)?;
        let span = self.span(&word);
        match MetricType::ALL
            .iter()
            .find(|t| t.keyword() == word.as_str())
        {
            Some(ty) => Some(Spanned::new(*ty, span)),
            None => {
                self.unknown_word(
                    span,
                    WordKind::MetricType,
                    word.as_str(),
                    &MetricType::ALL.map(MetricType::keyword),
                );
                None
            }
        }
    }

    fn target(&mut self, pair: P) -> Option<TargetDecl> {
        let id = nth(&pair, Rule::target_id, 0)
            .and_then(|p| nth(&p, Rule::ident, 0))
            .map(|p| self.ident(p));
        let metric = self.ident(nth(&pair, Rule::ident, 0)?);
        let condition = match pair
            .clone()
            .into_inner()
            .find(|p| matches!(p.as_rule(), Rule::range_cond | Rule::compare_cond))
        {
            Some(written) => Some(self.condition(written)?),
            None => None,
        };
        let by = self.by(&pair);
        let clauses = self.clauses(pair);
        Some(TargetDecl {
            id,
            metric,
            condition,
            by,
            clauses,
        })
    }

    fn override_decl(&mut self, pair: P) -> Option<OverrideDecl> {
        let id = self.ident(nth(&pair, Rule::ident, 0)?);
        let condition = pair
            .clone()
            .into_inner()
            .find(|p| matches!(p.as_rule(), Rule::range_cond | Rule::compare_cond))
            .and_then(|p| self.condition(p));
        let due = self.due(&pair);
        let by = self.by(&pair);
        let clauses = self.clauses(pair);
        Some(OverrideDecl {
            id,
            condition,
            due,
            by,
            clauses,
        })
    }

    /// The `due` clause of a task or override, reported when given twice.
    fn due(&mut self, pair: &P) -> Option<Spanned<Literal>> {
        let mut due: Option<Spanned<Literal>> = None;
        for clause in pair
            .clone()
            .into_inner()
            .filter(|p| p.as_rule() == Rule::due_clause)
        {
            let span = self.span(&clause);
            match &due {
                Some(first) => self.repeated(span, "due", first.span),
                None => due = nth(&clause, Rule::literal, 0).map(|p| self.literal(p)),
            }
        }
        due
    }

    /// The `by` clause of a target or override, reported when given twice.
    fn by(&mut self, pair: &P) -> Option<Spanned<Literal>> {
        let mut by: Option<Spanned<Literal>> = None;
        for clause in pair
            .clone()
            .into_inner()
            .filter(|p| p.as_rule() == Rule::by_clause)
        {
            let span = self.span(&clause);
            match &by {
                Some(first) => self.repeated(span, "by", first.span),
                None => by = nth(&clause, Rule::literal, 0).map(|p| self.literal(p)),
            }
        }
        by
    }

    fn task(&mut self, pair: P) -> Option<TaskDecl> {
        let id = self.ident(nth(&pair, Rule::ident, 0)?);
        let due = self.due(&pair);
        let clauses = self.clauses(pair);
        Some(TaskDecl { id, due, clauses })
    }

    fn condition(&mut self, pair: P) -> Option<Spanned<Condition>> {
        let span = self.span(&pair);
        let condition = match pair.as_rule() {
            Rule::range_cond => Condition::Range(
                self.literal(nth(&pair, Rule::literal, 0)?),
                self.literal(nth(&pair, Rule::literal, 1)?),
            ),
            _ => Condition::Compare(
                self.cmp_op(nth(&pair, Rule::cmp_op, 0)?)?,
                self.literal(nth(&pair, Rule::literal, 0)?),
            ),
        };
        Some(Spanned::new(condition, span))
    }

    /// A `grade` statement. A test on a word the language does not know, or
    /// on a bare number (points or a percent?), is reported and leaves the
    /// statement an error node: a grade with a test left out would mean
    /// something else.
    fn grade(&mut self, pair: P) -> Option<GradeDecl> {
        let name = self.string(nth(&pair, Rule::string, 0)?);
        let mut any_of = Vec::new();
        let mut readable = true;
        for all in nth(&pair, Rule::grade_any, 0)?
            .into_inner()
            .filter(|p| p.as_rule() == Rule::grade_all)
        {
            let mut tests = Vec::new();
            for test in all.into_inner().filter(|p| p.as_rule() == Rule::grade_test) {
                match self.grade_test(test) {
                    Some(test) => tests.push(test),
                    None => readable = false,
                }
            }
            any_of.push(tests);
        }
        readable.then_some(GradeDecl { name, any_of })
    }

    fn grade_test(&mut self, pair: P) -> Option<Spanned<GradeTest>> {
        let span = self.span(&pair);
        let measure = match nth(&pair, Rule::grade_word, 0) {
            None => None,
            Some(word) => {
                let at = self.span(&word);
                match GradeMeasure::ALL
                    .into_iter()
                    .find(|m| m.keyword() == word.as_str())
                {
                    Some(measure) => Some(Spanned::new(measure, at)),
                    None => {
                        self.unknown_word(
                            at,
                            WordKind::GradeMeasure,
                            word.as_str(),
                            &GradeMeasure::ALL.map(GradeMeasure::keyword),
                        );
                        return None;
                    }
                }
            }
        };
        let op = self.cmp_op(nth(&pair, Rule::cmp_op, 0)?)?;
        let value = self.literal(nth(&pair, Rule::literal, 0)?);
        let points = nth(&pair, Rule::kw_points, 0).is_some();
        if measure.is_none() && !points && matches!(value.node, Literal::Number(_)) {
            let problem = SyntaxProblem::GradeNumberWithoutUnit {
                written: pair.as_str().trim().to_string(),
            };
            self.report(problem, value.span);
            return None;
        }
        Some(Spanned::new(
            GradeTest {
                measure,
                op,
                value,
                points,
            },
            span,
        ))
    }

    fn cmp_op(&mut self, pair: P) -> Option<Spanned<CmpOp>> {
        CmpOp::from_symbol(pair.as_str()).map(|op| Spanned::new(op, self.span(&pair)))
    }

    /// The clauses of a target or task; a clause given twice is reported and
    /// the first one kept.
    fn clauses(&mut self, pair: P) -> Clauses {
        let mut clauses = Clauses::default();
        let mut tags_span: Option<Span> = None;
        let mut points_span: Option<Span> = None;
        for clause in pair.into_inner() {
            let span = self.span(&clause);
            match clause.as_rule() {
                Rule::owner_clause => {
                    let first = clauses.owner.is_none();
                    let co = nth(&clause, Rule::co_owners, 0);
                    let value = self.clause_string(clause);
                    self.set_once(&mut clauses.owner, value, span, "owner");
                    if let (true, Some(co)) = (first, co) {
                        clauses.co_owners = co
                            .into_inner()
                            .filter(|p| p.as_rule() == Rule::string)
                            .map(|p| self.string(p))
                            .collect();
                    }
                }
                Rule::label_clause => {
                    let value = self.clause_string(clause);
                    self.set_once(&mut clauses.label, value, span, "label");
                }
                Rule::tags_clause => {
                    if let Some(first) = tags_span {
                        self.repeated(span, "tags", first);
                        continue;
                    }
                    tags_span = Some(span);
                    clauses.tags = clause
                        .into_inner()
                        .filter(|p| p.as_rule() == Rule::ident)
                        .map(|p| self.ident(p))
                        .collect();
                }
                Rule::points_clause => {
                    if let Some(first) = points_span {
                        self.repeated(span, "points", first);
                        continue;
                    }
                    points_span = Some(span);
                    clauses.points = nth(&clause, Rule::literal, 0).map(|p| self.literal(p));
                    clauses.points_from = nth(&clause, Rule::ident, 0).map(|p| self.ident(p));
                    clauses.points_bound = nth(&clause, Rule::points_bound, 0).and_then(|b| {
                        let span = self.span(&b);
                        let low = self.literal(nth(&b, Rule::literal, 0)?);
                        let high = self.literal(nth(&b, Rule::literal, 1)?);
                        Some(Spanned::new((low, high), span))
                    });
                }
                Rule::scoring_clause => {
                    let value = self.scoring(clause);
                    clauses.scoring_unread |= value.is_none();
                    self.set_once(&mut clauses.scoring, value, span, "scoring");
                }
                Rule::na_clause => {
                    let value = self.na_rule(clause);
                    self.set_once(&mut clauses.not_applicable, value, span, "not_applicable");
                }
                Rule::round_clause => {
                    let value = nth(&clause, Rule::literal, 0).map(|p| self.literal(p));
                    self.set_once(&mut clauses.round, value, span, "round");
                }
                Rule::for_clause => {
                    if let Some(applies) = self.for_clause(clause) {
                        clauses.applies.push(Spanned::new(applies, span));
                    }
                }
                Rule::every_clause
                | Rule::from_clause
                | Rule::during_clause
                | Rule::cumulative_clause => self.timing(clause, span, &mut clauses),
                _ => {}
            }
        }
        clauses
    }

    /// `for level NAME`, `for tag NAME` (an identifier or a string), `for
    /// unit "A", "B"`.
    fn for_clause(&mut self, pair: P) -> Option<ForClause> {
        let inner = pair.into_inner().find(|p| p.as_rule() != Rule::kw_for)?;
        let rule = inner.as_rule();
        let mut names = Vec::new();
        for part in inner.into_inner() {
            match part.as_rule() {
                Rule::ident => names.push(self.ident(part)),
                Rule::string => names.push(self.string(part)),
                _ => {}
            }
        }
        match rule {
            Rule::for_level => names.into_iter().next().map(ForClause::Level),
            Rule::for_tag => names.into_iter().next().map(ForClause::Tag),
            Rule::for_unit => Some(ForClause::Unit(names)),
            _ => None,
        }
    }

    /// A clause that says when the target is judged (`syntax::timing`).
    fn timing(&mut self, clause: P, span: Span, clauses: &mut Clauses) {
        match clause.as_rule() {
            Rule::every_clause => {
                let value = self.one_of(
                    clause,
                    &Recurrence::ALL,
                    Recurrence::keyword,
                    WordKind::Recurrence,
                );
                // The clause's place, not the word's: `diff` and the checks
                // point at `every year`.
                let value = value.map(|v| Spanned::new(v.node, span));
                self.set_once(&mut clauses.every, value, span, "every");
            }
            Rule::from_clause => {
                let value = nth(&clause, Rule::literal, 0)
                    .map(|p| Spanned::new(Window::From(self.literal(p)), span));
                self.set_once(&mut clauses.window, value, span, "from");
            }
            Rule::during_clause => {
                let value = match (
                    nth(&clause, Rule::literal, 0),
                    nth(&clause, Rule::literal, 1),
                ) {
                    (Some(a), Some(b)) => {
                        let window = Window::During(self.literal(a), self.literal(b));
                        Some(Spanned::new(window, span))
                    }
                    _ => None,
                };
                self.set_once(&mut clauses.window, value, span, "during");
            }
            _ => self.set_once(
                &mut clauses.cumulative,
                Some(Spanned::new((), span)),
                span,
                "cumulative",
            ),
        }
    }

    fn set_once<T>(
        &mut self,
        slot: &mut Option<Spanned<T>>,
        value: Option<Spanned<T>>,
        span: Span,
        name: &str,
    ) {
        match slot {
            Some(first) => {
                let first = first.span;
                self.repeated(span, name, first);
            }
            None => *slot = value,
        }
    }

    fn repeated(&mut self, span: Span, name: &str, first: Span) {
        let problem = SyntaxProblem::RepeatedClause {
            clause: name.to_string(),
        };
        self.diagnostics
            .push(Diagnostic::of(problem, span).with_related(first, RelatedLabel::FirstStated));
    }

    fn scoring(&mut self, pair: P) -> Option<Spanned<Scoring>> {
        if let Some(tiers) = nth(&pair, Rule::tiers, 0) {
            let span = self.span(&tiers);
            let list = tiers
                .into_inner()
                .filter(|p| p.as_rule() == Rule::tier)
                .filter_map(|tier| {
                    Some(Tier {
                        points: self.literal(nth(&tier, Rule::literal, 0)?),
                        op: self.cmp_op(nth(&tier, Rule::cmp_op, 0)?)?,
                        value: self.literal(nth(&tier, Rule::literal, 1)?),
                    })
                })
                .collect();
            return Some(Spanned::new(Scoring::Tiers(list), span));
        }
        if let Some(at) = nth(&pair, Rule::saturating_at, 0) {
            let span = self.span(&at);
            let value = nth(&at, Rule::literal, 0).map(|p| self.literal(p));
            return Some(Spanned::new(Scoring::Saturating(value), span));
        }
        let word = nth(&pair, Rule::ident, 0)?;
        let span = self.span(&word);
        let scoring = match word.as_str() {
            "all_or_nothing" => Scoring::AllOrNothing,
            "linear" => Scoring::Linear,
            "saturating" => Scoring::Saturating(None),
            other => {
                self.unknown_word(span, WordKind::ScoringRule, other, &Scoring::KEYWORDS);
                return None;
            }
        };
        Some(Spanned::new(scoring, span))
    }

    fn na_rule(&mut self, pair: P) -> Option<Spanned<NaRule>> {
        self.one_of(
            pair,
            &NaRule::ALL,
            NaRule::keyword,
            WordKind::NotApplicableRule,
        )
    }

    fn rank_by(&mut self, pair: P) -> Option<Spanned<RankBy>> {
        self.one_of(pair, &RankBy::ALL, RankBy::keyword, WordKind::RankBy)
    }

    fn rollup(&mut self, pair: P) -> Option<Spanned<Rollup>> {
        self.one_of(pair, &Rollup::ALL, Rollup::keyword, WordKind::Rollup)
    }

    /// The word of `pair` as one of `all`, by its keyword; an unknown one
    /// is reported with those it may be.
    fn one_of<T: Copy>(
        &mut self,
        pair: P,
        all: &[T],
        keyword: fn(T) -> &'static str,
        kind: WordKind,
    ) -> Option<Spanned<T>> {
        let word = nth(&pair, Rule::ident, 0)?;
        let span = self.span(&word);
        if let Some(found) = all.iter().find(|w| keyword(**w) == word.as_str()) {
            return Some(Spanned::new(*found, span));
        }
        let known: Vec<&str> = all.iter().map(|w| keyword(*w)).collect();
        self.unknown_word(span, kind, word.as_str(), &known);
        None
    }

    fn unknown_word(&mut self, span: Span, kind: WordKind, word: &str, known: &[&str]) {
        let problem = SyntaxProblem::UnknownWord {
            kind,
            word: word.to_string(),
            suggestion: closest(word, known.iter().copied()).map(str::to_string),
        };
        self.report(problem, span);
    }

    fn expr(&mut self, pair: P) -> Option<Spanned<Expr>> {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::expr => {
                // Sums, one per alternative of `else`.
                let mut inner = pair.into_inner().peekable();
                let first = self.sum(&mut inner)?;
                if inner.peek().is_none() {
                    return Some(first);
                }
                let mut alternatives = vec![first];
                while inner.next_if(|p| p.as_rule() == Rule::kw_else).is_some() {
                    alternatives.push(self.sum(&mut inner)?);
                }
                Some(Spanned::new(Expr::Else(alternatives), span))
            }
            Rule::term => self.sum(&mut pair.into_inner().peekable()),
            Rule::factor => {
                let mut inner = pair.into_inner();
                let first = inner.next()?;
                match first.as_rule() {
                    Rule::lparen => {
                        let expr = self.expr(inner.next()?)?;
                        Some(Spanned::new(expr.node, span))
                    }
                    Rule::neg => {
                        let operand = self.expr(inner.next()?)?;
                        Some(Spanned::new(Expr::Neg(Box::new(operand)), span))
                    }
                    Rule::literal => {
                        let literal = self.literal(first);
                        Some(Spanned::new(Expr::Literal(literal.node), span))
                    }
                    _ => {
                        let name = first.as_str().to_string();
                        // The name's own span: the factor's takes in the
                        // blanks before a `(` that did not come.
                        let Some(call) = inner.next() else {
                            return Some(Spanned::new(Expr::Metric(name), self.span(&first)));
                        };
                        let name = Spanned::new(name, self.span(&first));
                        let mut arguments = Vec::new();
                        for argument in call.into_inner() {
                            if argument.as_rule() == Rule::expr {
                                arguments.push(self.expr(argument)?);
                            }
                        }
                        Some(Spanned::new(Expr::Call(name, arguments), span))
                    }
                }
            }
            _ => None,
        }
    }

    /// Operands joined by operators, left to right, up to an `else` or
    /// the end: a sum of terms, or a term's product of factors.
    fn sum<'i>(
        &mut self,
        inner: &mut std::iter::Peekable<pest::iterators::Pairs<'i, Rule>>,
    ) -> Option<Spanned<Expr>> {
        let mut left = self.expr(inner.next()?)?;
        while let Some(op) = inner.next_if(|p| matches!(p.as_rule(), Rule::add_op | Rule::mul_op)) {
            let op = match op.as_str() {
                "+" => BinOp::Add,
                "-" => BinOp::Sub,
                "*" => BinOp::Mul,
                _ => BinOp::Div,
            };
            let right = self.expr(inner.next()?)?;
            let joined = left.span.join(right.span);
            left = Spanned::new(Expr::Binary(Box::new(left), op, Box::new(right)), joined);
        }
        Some(left)
    }

    fn ident(&self, pair: P) -> Ident {
        Spanned::new(pair.as_str().to_string(), self.span(&pair))
    }

    /// The text of a clause whose value is a string (`owner "..."`).
    fn clause_string(&mut self, pair: P) -> Option<Text> {
        nth(&pair, Rule::string, 0).map(|p| self.string(p))
    }

    fn string(&mut self, pair: P) -> Text {
        let span = self.span(&pair);
        let closed = pair
            .clone()
            .into_inner()
            .any(|p| p.as_rule() == Rule::close_quote);
        if !closed {
            self.report(SyntaxProblem::UnterminatedText, span);
        }
        let raw = nth(&pair, Rule::string_inner, 0).map_or("", |p| p.as_str());
        // Control characters would reach terminals and reports as escape
        // sequences; invisible ones make names differ unseen.
        // Control and invisible characters are below 0x20, 0x7F, or start
        // with the bytes 0xC2 (U+0080..U+009F), 0xE2 or 0xEF; texts without
        // those bytes need no closer look.
        let suspect = raw
            .bytes()
            .any(|b| (b < 0x20 && b != b'\t') || matches!(b, 0x7F | 0xC2 | 0xE2 | 0xEF));
        if let Some((i, c)) = raw
            .char_indices()
            .filter(|_| suspect)
            .find(|(_, c)| (c.is_control() && *c != '\t') || super::errors::is_invisible(*c))
        {
            let at = span.start + 1 + i;
            self.report(
                SyntaxProblem::InvisibleCharacter { character: c },
                Span::new(self.file, at, at + c.len_utf8()),
            );
        }
        Spanned::new(unescape(raw), span)
    }

    fn date(&mut self, pair: P) -> Spanned<Literal> {
        let span = self.span(&pair);
        match literal::parse_date(pair.as_str()) {
            Ok(date) => Spanned::new(Literal::Date(date), span),
            Err(error) => self.invalid_literal(span, error),
        }
    }

    fn literal(&mut self, pair: P) -> Spanned<Literal> {
        let span = self.span(&pair);
        let Some(inner) = pair.into_inner().next() else {
            return Spanned::new(Literal::Invalid, span);
        };
        let number =
            |p: &P| nth(p, Rule::number_part, 0).map(|n| literal::parse_decimal(n.as_str()));
        let value = match inner.as_rule() {
            Rule::date => return self.date(inner),
            Rule::boolean => Ok(Literal::Bool(inner.as_str() == "true")),
            Rule::number => literal::parse_decimal(inner.as_str()).map(Literal::Number),
            Rule::percent => match number(&inner) {
                Some(Ok(d)) => literal::percent_to_fraction(d)
                    .map(Literal::Percent)
                    .ok_or_else(|| LiteralError::Number(inner.as_str().to_string())),
                Some(Err(e)) => Err(e),
                None => Ok(Literal::Invalid),
            },
            Rule::quantity => {
                let unit = nth(&inner, Rule::unit, 0).map_or("", |u| u.as_str());
                match number(&inner) {
                    Some(Ok(d)) => literal::quantity(d, unit)
                        .ok_or_else(|| LiteralError::Number(inner.as_str().to_string())),
                    Some(Err(e)) => Err(e),
                    None => Ok(Literal::Invalid),
                }
            }
            _ => Ok(Literal::Invalid),
        };
        match value {
            Ok(literal) => Spanned::new(literal, span),
            Err(error) => self.invalid_literal(span, error),
        }
    }

    fn invalid_literal(&mut self, span: Span, error: LiteralError) -> Spanned<Literal> {
        let problem = match error {
            LiteralError::Number(text) => SyntaxProblem::TooManyDigits { text },
            LiteralError::Date { text, why } => SyntaxProblem::ImpossibleDate { text, why },
        };
        self.report(problem, span);
        Spanned::new(Literal::Invalid, span)
    }
}

/// The `n`-th direct child of `pair` with the given rule.
fn nth<'i>(pair: &P<'i>, rule: Rule, n: usize) -> Option<P<'i>> {
    pair.clone()
        .into_inner()
        .filter(|p| p.as_rule() == rule)
        .nth(n)
}

pub(super) fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(next @ ('"' | '\\')) => out.push(next),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}
