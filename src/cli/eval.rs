//! `chitieu eval PLAN MEASUREMENTS...`

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use chitieu::check::model::CheckedPlan;
use chitieu::diagnostic::{render, Diagnostics};
use chitieu::eval;
use chitieu::eval::problem::EvalProblem;
use chitieu::eval::result::{UnitResult, UnitTotal};
use chitieu::load::LoadedPlan;
use chitieu::measure::{self, MeasureFile, ReadOptions};
use chitieu::report::{self, sink::UnitSink, Report};
use chitieu::units::Register;
use chitieu::{files, Diagnostic, SourceFile};

use super::message::CliMessage;
use super::{color::use_color, exit, ColorChoice};

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum EvalFormat {
    Text,
    Json,
    Markdown,
    Junit,
    Csv,
    Html,
}

/// What `--rank-by` ranks by.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum RankBy {
    Points,
    Percent,
}

mod rollup;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The plan file (`.plan`).
    plan: PathBuf,
    /// Measurement files (.csv, .tsv, .txt, .xlsx, .json) or folders of them.
    #[arg(required = true)]
    measurements: Vec<PathBuf>,
    /// What to write: text (the default), json (JSON Lines), markdown, junit,
    /// csv, or html (a self-contained scorecard page; use with --output).
    #[arg(long, value_enum, default_value = "text")]
    format: EvalFormat,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// The sheet of .xlsx workbooks to read (the first one by default).
    #[arg(long)]
    sheet: Option<String>,
    /// Colour: auto (when writing to a terminal), always or never.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// One line per unit, in input order (text, json or csv; with html, the
    /// scorecard as usual).
    #[arg(long)]
    summary: bool,
    /// With --summary: rank the units, highest first: by the plan's `default rank_by`, else by percentage.
    #[arg(long, requires = "summary")]
    rank: bool,
    /// With --summary: rank the units by points or by percent, highest first, whatever the plan's `default rank_by` says (without either, by percent); implies --rank. Ties go by the other, then by the unit's name; a unit whose maximum is not known ranks last.
    #[arg(long, value_enum, requires = "summary")]
    rank_by: Option<RankBy>,
    /// Read a long CSV whole instead of streaming it (the results are the
    /// same; tests compare the two).
    #[arg(long, hide = true)]
    no_stream: bool,
    /// Show every diagnostic: past 20 of one code in a file, the rest are
    /// otherwise counted in one (W0745).
    #[arg(long)]
    all_diagnostics: bool,
    /// A units register (CSV: unit, parent, level, tags): which units the
    /// plan's targets `for level` and `for tag` apply to (see docs/units.md).
    #[arg(long, value_name = "FILE")]
    units: Option<PathBuf>,
    /// The period to evaluate (2026, 2026-H1, 2026-Q3, 2026-08, 08/2026 or
    /// 2026-01-01..2026-06-30), within the plan's; without it, each unit's
    /// readings say theirs (else the plan's period is evaluated).
    #[arg(long)]
    period: Option<String>,
    /// Files or folders of an earlier period, read as the measurements are: the values `baseline(x)` takes in formulas.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    baseline: Vec<PathBuf>,
    /// Score each parent of the units register from its children, recursively (wards, then the city, then the nation): counts summed, shares computed from the sums, the parent's own targets; each parent shown before its children, ranked (see docs/rollup.md). Needs --units.
    #[arg(long, requires = "units")]
    rollup: bool,
}

pub fn run(args: &EvalArgs) -> u8 {
    let color = use_color(args.color);
    if !arguments_make_sense(args) {
        return exit::CANNOT_RUN;
    }
    let plan = match load_plan(args, color) {
        Ok(plan) => plan,
        Err(why) => {
            // A pipeline reading JSON sees why nothing was evaluated.
            if args.format == EvalFormat::Json {
                write_report(args, |out| report::json::write_diagnostic_lines(&why, out));
            }
            return exit::CANNOT_RUN;
        }
    };
    let (register, register_failed) = read_register(args, color);
    if let Some(register) = &register {
        // As `check --units` says them: a misspelt level, tag or unit in a
        // `for` would otherwise leave its target out without a word.
        for found in chitieu::check::check_against_register(&plan.plan, register) {
            err!(
                "{}",
                render::plain(plan.diagnostics.sources(), &found, super::lang())
            );
        }
    }
    let code = evaluate_plan(args, &plan, register.as_ref(), color);
    if register_failed {
        exit::CANNOT_RUN
    } else {
        code
    }
}

/// The units register of `--units`, its diagnostics written on standard
/// error; whether it has errors (the run then exits 2, as with a
/// measurement file that has errors; the rest of the register is used).
fn read_register(args: &EvalArgs, color: bool) -> (Option<Register>, bool) {
    let Some(path) = &args.units else {
        return (None, false);
    };
    let (register, diagnostics) = Register::read(path);
    let mut err = std::io::stderr().lock();
    let _ = diagnostics.write_in(color, super::lang(), &mut err);
    (Some(register), diagnostics.has_errors())
}

/// Evaluates the measurements against a usable plan; the exit code.
fn evaluate_plan(
    args: &EvalArgs,
    plan: &LoadedPlan,
    register: Option<&Register>,
    color: bool,
) -> u8 {
    if let Some(problem) = eval::applies::without_register(&plan.plan, register) {
        let mut why = plan.diagnostics.clone();
        err!("{}", render::plain(why.sources(), &problem, super::lang()));
        why.push(problem);
        if args.format == EvalFormat::Json {
            write_report(args, |out| report::json::write_diagnostic_lines(&why, out));
        }
        return exit::CANNOT_RUN;
    }
    let asked = match asked_period(args, &plan.plan) {
        Ok(asked) => asked,
        Err(why) => {
            if args.format == EvalFormat::Json {
                write_report(args, |out| report::json::write_diagnostic_lines(&why, out));
            }
            return exit::CANNOT_RUN;
        }
    };
    // Rolled up, every parent needs its children's values: the general
    // path, never the streamed summary.
    if let (true, Some(register)) = (args.rollup, register) {
        return rollup::rolled_up(args, plan, register, asked, color);
    }
    // Units evaluated against some of the targets are evaluated on the
    // general path, which knows each unit's plan.
    let everyone = plan.plan.targets.iter().all(|t| t.applies.everyone());
    if let Some(code) = everyone
        .then(|| streamed_summary(args, &plan.plan, asked.as_ref()))
        .flatten()
    {
        return code;
    }
    let mut inputs = read_measurements(args);
    let metrics = eval::Metrics::new(&plan.plan).asking(asked);
    let scoped = eval::applies::Scoped::new(&plan.plan, register, &inputs);
    let scopes = eval::applies::Scopes::new(&metrics, &scoped);
    // A unit the register does not list is scored without its targets for
    // levels and tags: its totals are not the plan's, and the run says so
    // by its exit code, as with a register that has errors (W0241).
    let outside = |code: u8| match scoped.outside().is_empty() {
        true => code,
        false => code.max(exit::CANNOT_RUN),
    };
    if !args.summary && args.format != EvalFormat::Html {
        return outside(unit_by_unit(args, plan, &scopes, inputs, color));
    }
    // A summary needs only each unit's totals: no result per target (each
    // with the plan's strings) is kept for the units the streamed path could
    // not serve (a long CSV whose units' rows are spread apart).
    let detail = if args.summary && args.format != EvalFormat::Html {
        eval::Detail::Totals
    } else {
        eval::Detail::Full
    };
    let mut units = Vec::new();
    let _: Result<(), std::convert::Infallible> = eval::evaluate_scoped(
        &scopes,
        &eval::Hints::default(),
        &mut inputs,
        detail,
        |unit| {
            units.push(unit);
            Ok(())
        },
    );
    let measured = measured_diagnostics(args, inputs);
    print_diagnostics(&measured, color);

    let written = if args.summary && args.format != EvalFormat::Html {
        write_report(args, |out| {
            write_summary(args, &plan.plan, units.iter().map(UnitTotal::from), out)
        })
    } else {
        let report = Report {
            plan_title: plan.plan.title.as_deref(),
            units: &units,
            lang: super::lang(),
            grades: &plan.plan.grades,
            rank_by: rank_by(args, &plan.plan),
            period: plan.plan.period.map(eval::due::EvaluatedPeriod::of_plan),
        };
        write_report(args, |out| {
            out.write_all(report::html::render(&report).as_bytes())
        })
    };
    let mut verdict = Verdict::default();
    units.iter().for_each(|u| verdict.add(u));
    outside(exit_code(written, &measured, verdict))
}

/// The full report (text, JSON Lines, Markdown, JUnit, CSV) written as the
/// units are evaluated, each unit's result dropped once written: memory
/// holds the inputs and one unit's result, never the batch's. The
/// measurements' diagnostics, complete only once every unit is evaluated,
/// follow on standard error (in JSON Lines, after the units).
fn unit_by_unit(
    args: &EvalArgs,
    plan: &LoadedPlan,
    metrics: &eval::applies::Scopes,
    mut inputs: Vec<MeasureFile>,
    color: bool,
) -> u8 {
    let stdout_color = color && args.output.is_none() && std::io::stdout().is_terminal();
    let mut verdict = Verdict::default();
    let mut measured = None;
    let bounds = report::TotalBounds::of(&plan.plan.grades);
    let written = write_report(args, |out| {
        let evaluated = {
            let mut sink = unit_sink(args, (plan, &bounds), stdout_color, &mut *out);
            evaluate_tallied(
                metrics,
                &mut inputs,
                eval::Detail::Full,
                &mut verdict,
                |unit| sink.unit(unit),
            )
            .and_then(|()| sink.finish())
        };
        let diagnostics = measured_diagnostics(args, std::mem::take(&mut inputs));
        let trailer = match (&evaluated, args.format) {
            (Ok(()), EvalFormat::Json) => report::json::write_diagnostic_lines(&diagnostics, out),
            _ => Ok(()),
        };
        measured = Some(diagnostics);
        evaluated.and(trailer)
    });
    // The output could not even be opened: the units are still evaluated,
    // for their diagnostics.
    let measured = measured.unwrap_or_else(|| {
        let _: Result<(), std::convert::Infallible> = evaluate_tallied(
            metrics,
            &mut inputs,
            eval::Detail::Totals,
            &mut verdict,
            |_| Ok(()),
        );
        measured_diagnostics(args, inputs)
    });
    print_diagnostics(&measured, color);
    exit_code(written, &measured, verdict)
}

/// Evaluates every unit, each kept in `verdict` and handed to `write`.
fn evaluate_tallied<E>(
    metrics: &eval::applies::Scopes,
    inputs: &mut [MeasureFile],
    detail: eval::Detail,
    verdict: &mut Verdict,
    mut write: impl FnMut(&UnitResult) -> Result<(), E>,
) -> Result<(), E> {
    let hints = eval::Hints::default();
    eval::evaluate_scoped(metrics, &hints, inputs, detail, |unit| {
        verdict.add(&unit);
        write(&unit)
    })
}

/// The writer of `--format`, for a report written unit by unit.
fn unit_sink<'a>(
    args: &EvalArgs,
    (plan, bounds): (&'a LoadedPlan, &'a report::TotalBounds),
    color: bool,
    out: &'a mut dyn Write,
) -> Box<dyn UnitSink + 'a> {
    let (title, lang) = (plan.plan.title.as_deref(), super::lang());
    match args.format {
        EvalFormat::Json => Box::new(report::json::JsonSink { out }),
        EvalFormat::Markdown => Box::new(report::markdown::MarkdownSink::new(
            title, bounds, lang, out,
        )),
        EvalFormat::Junit => Box::new(report::junit::JunitSink::new(out)),
        EvalFormat::Csv => Box::new(report::csv_report::CsvSink::new(out)),
        // HTML is written whole, by `run`.
        EvalFormat::Text | EvalFormat::Html => {
            Box::new(report::text::TextSink::new(title, bounds, lang, color, out))
        }
    }
}

/// The diagnostics of the measurement files, bounded per code unless every
/// one is asked for.
fn measured_diagnostics(args: &EvalArgs, inputs: Vec<MeasureFile>) -> Diagnostics {
    MeasureFile::diagnostics_showing(inputs, shown_per_code(args))
}

/// Writes the measurements' diagnostics on standard error, each as it is
/// rendered, and how many there were.
fn print_diagnostics(measured: &Diagnostics, color: bool) {
    let mut err = std::io::stderr().lock();
    let _ = measured.write_in(color, super::lang(), &mut err);
    print_count(measured, &mut err);
}

/// The closing line of the measurements' diagnostics (`2 errors, 1 warning
/// in the measurements`), whichever way they were shown.
fn print_count(measured: &Diagnostics, err: &mut dyn Write) {
    let summary = measured.summary_in(super::lang());
    if !summary.is_empty() {
        let count = summary;
        let _ = writeln!(err, "{}", CliMessage::InTheMeasurements { count }.say());
    }
}

/// What the exit code needs of the units, kept as they pass: whether there
/// was one, and whether one was not scored or missed a target.
#[derive(Default)]
struct Verdict {
    any: bool,
    short: bool,
}

impl Verdict {
    fn add(&mut self, unit: &UnitResult) {
        self.any = true;
        self.short |= !(unit.scored() && unit.summary.all_met());
    }
}

/// How many diagnostics of one code a file shows (and so keeps).
fn shown_per_code(args: &EvalArgs) -> usize {
    if args.all_diagnostics {
        usize::MAX
    } else {
        chitieu::diagnostic::repeats::SHOWN_PER_CODE
    }
}

/// Whether the arguments can be used, after saying why not: the plan given
/// where a measurement file was meant, `-` for the measurements, and
/// `--summary` in a format it does not write (it writes text, JSON Lines or
/// CSV, and the HTML scorecard, which is a summary of its own; another
/// format is refused rather than silently replaced).
fn arguments_make_sense(args: &EvalArgs) -> bool {
    // The plan and the measurements given the other way round: said at
    // once, rather than as the syntax errors of a CSV read as a plan.
    // A folder first is the measurements too: a plan is one file.
    let folder = args.plan.is_dir();
    if folder || measure::is_measurement_file(&args.plan) {
        let path = args.plan.display().to_string();
        let plan = args
            .measurements
            .iter()
            .find(|m| m.extension().is_some_and(|e| e == files::PLAN_EXTENSION))
            .map(|m| m.display().to_string());
        let message = CliMessage::PlanLooksLikeMeasurements { path, plan, folder };
        errln!("{}", message.say());
        return false;
    }
    if args.measurements.iter().any(|m| m.as_os_str() == "-") {
        errln!("{}", CliMessage::EvalReadsNoStdin.say());
        return false;
    }
    if !args.summary || !matches!(args.format, EvalFormat::Markdown | EvalFormat::Junit) {
        return true;
    }
    let format = clap::ValueEnum::to_possible_value(&args.format)
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    errln!("{}", CliMessage::SummaryFormat { format }.say());
    false
}

/// `--summary` streamed (one long CSV row by row, or many files one at a
/// time): memory does not grow with the number of units. `None` when the
/// inputs do not suit streaming; the general path then reads them.
fn streamed_summary(
    args: &EvalArgs,
    plan: &CheckedPlan,
    asked: Option<&eval::due::Asked>,
) -> Option<u8> {
    // The HTML scorecard shows each target's share of units: it needs every
    // unit's results.
    if !args.summary || args.no_stream || args.format == EvalFormat::Html {
        return None;
    }
    // Baseline values join each unit's values from other files: the
    // general path reads them (the streamed one keeps no unit's values).
    if !args.baseline.is_empty() || plan.uses_baselines() {
        return None;
    }
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut options = ReadOptions {
        sheet: args.sheet.clone(),
        ..ReadOptions::default()
    };
    options.limits.shown_per_code = shown_per_code(args);
    let streamed =
        eval::stream::streamed_summary(plan, &args.measurements, &options, threads, asked)?;
    Some(finish_streamed(args, plan, &streamed))
}

/// Prints a streamed summary's diagnostics and report; the exit code.
fn finish_streamed(args: &EvalArgs, plan: &CheckedPlan, streamed: &eval::stream::Streamed) -> u8 {
    let mut err = std::io::stderr().lock();
    let diagnostics = &streamed.diagnostics;
    let _ = diagnostics.for_each_shown(|d| {
        write!(
            err,
            "{}",
            render::plain(diagnostics.sources(), d, super::lang())
        )
    });
    print_count(diagnostics, &mut err);
    drop(err);
    let written = write_report(args, |out| write_summary(args, plan, streamed.units(), out));
    let any = streamed.units().next().is_some();
    if !written || streamed.errors() > 0 {
        exit::CANNOT_RUN
    } else if any
        && streamed
            .units()
            .all(|u| u.input.is_none() && u.summary.all_met())
    {
        exit::OK
    } else {
        exit::PROBLEMS
    }
}

/// `grades`: the plan's, in the order declared, which the text summary's
/// count of units per grade follows.
fn write_summary<'u>(
    args: &EvalArgs,
    plan: &CheckedPlan,
    units: impl IntoIterator<Item = UnitTotal<'u>, IntoIter: Clone + 'u>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let rank = ranking(args, plan);
    // A unit evaluated for no period of its own is the plan's.
    let period = plan.period.map(eval::due::EvaluatedPeriod::of_plan);
    match args.format {
        EvalFormat::Json => report::summary::json_lines(units, period, rank, out),
        EvalFormat::Csv => report::summary::csv(units, period, rank, out),
        // Markdown and JUnit were refused before anything was read.
        _ => report::summary::text(units, (&plan.grades, period), rank, super::lang(), out),
    }
}

/// How the units are ranked, if they are: `--rank-by` implies `--rank`,
/// and wins over the plan's `default rank_by`; without either, by
/// percentage.
fn ranking(args: &EvalArgs, plan: &CheckedPlan) -> Option<report::summary::RankBy> {
    (args.rank || args.rank_by.is_some()).then(|| rank_by(args, plan))
}

/// What a ranking orders by (the HTML batch always ranks).
fn rank_by(args: &EvalArgs, plan: &CheckedPlan) -> report::summary::RankBy {
    match args.rank_by {
        Some(RankBy::Points) => report::summary::RankBy::Points,
        Some(RankBy::Percent) => report::summary::RankBy::Percent,
        None => plan.rank_by.unwrap_or_default(),
    }
}

/// Writes the report to `--output` (atomically) or standard output; false if
/// it could not be written.
fn write_report(
    args: &EvalArgs,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> bool {
    match &args.output {
        Some(path) => match chitieu::output::write_atomic_with(path, write) {
            Ok(()) => true,
            Err(error) => {
                errln!("{}", super::message::cannot_write(path, error).say());
                false
            }
        },
        None => {
            // Large writes: a national summary is tens of thousands of lines.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match write(&mut out).and_then(|()| out.flush()) {
                Ok(()) => true,
                // A closed pipe (`| head`) is not a failure to report.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => true,
                Err(error) => {
                    let error = error.to_string();
                    errln!("{}", CliMessage::CannotWriteReport { error }.say());
                    false
                }
            }
        }
    }
}

/// The checked plan, or, when it cannot be used (after reporting why on
/// standard error), the diagnostics that say why: those of the plan's files
/// and E0715, or E0731 when it cannot be read.
fn load_plan(args: &EvalArgs, color: bool) -> Result<LoadedPlan, Diagnostics> {
    let name = args.plan.display().to_string();
    let loaded = match chitieu::load::load_plan_showing(&args.plan, shown_per_code(args)) {
        Ok(loaded) => loaded,
        Err(error) => {
            let (path, text) = (name.clone(), error.to_string());
            errln!("{}", CliMessage::CannotRead { path, error: text }.say());
            let file = measure::inputs::unopened(&name, String::new(), &error, false);
            return Err(MeasureFile::diagnostics_of(vec![file]));
        }
    };
    let _ = loaded
        .diagnostics
        .write_in(color, super::lang(), &mut std::io::stderr().lock());
    if loaded.has_errors() {
        let problem = EvalProblem::PlanNotUsable { plan: name.clone() };
        // About the plan as a whole: its name, no line.
        let source = SourceFile::new(&name, "");
        let note = Diagnostic::of(problem, source.point(0));
        err!("{}", render::plain(&source, &note, super::lang()));
        let mut why = loaded.diagnostics;
        why.add_file(source, vec![note]);
        return Err(why);
    }
    Ok(loaded)
}

/// `--period P`, read, and within the plan's period; E0761 (said, and
/// given back for a JSON report) when it cannot be read or is not.
fn asked_period(
    args: &EvalArgs,
    plan: &CheckedPlan,
) -> Result<Option<eval::due::Asked>, Diagnostics> {
    let Some(text) = &args.period else {
        return Ok(None);
    };
    eval::due::asked(plan, text).map(Some).map_err(|why| {
        let (source, note) = *why;
        err!("{}", render::plain(&source, &note, super::lang()));
        let mut why = Diagnostics::default();
        why.add_file(source, vec![note]);
        why
    })
}

/// Reads every measurement file found; one that cannot be read, and a
/// folder that cannot be listed, is a file that says why, and the others
/// are still read.
fn read_measurements(args: &EvalArgs) -> Vec<MeasureFile> {
    let mut options = ReadOptions {
        sheet: args.sheet.clone(),
        ..ReadOptions::default()
    };
    // A file keeps, as it is read, only the diagnostics it can show.
    options.limits.shown_per_code = shown_per_code(args);
    let found = files::files_wanted(&args.measurements, measure::MEASUREMENTS);
    let earlier = match args.baseline.is_empty() {
        true => Vec::new(),
        false => files::files_wanted(&args.baseline, measure::MEASUREMENTS),
    };
    let progress = progress_bar(found.len() + earlier.len());
    let name = |path: &std::path::Path| path.display().to_string();
    let mut inputs = measure::inputs::read_found(found, &options, &name, &mut || progress.inc(1));
    // After the measurements: their readings join the units those name.
    let baseline = measure::inputs::read_found(earlier, &options, &name, &mut || progress.inc(1));
    inputs.extend(baseline.into_iter().map(|mut file| {
        file.baseline = true;
        file
    }));
    progress.finish_and_clear();
    inputs
}

/// A progress bar on a terminal when the batch is long enough to wait for.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 50 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
        "{{bar:40}} {{pos}}/{{len}} {} {{elapsed}}",
        super::lang().text("progress.files")
    )) {
        bar.set_style(style);
    }
    bar
}

/// 2 when an input could not be used or the report not written, 1 when a
/// target is not met, else 0.
fn exit_code(written: bool, measured: &Diagnostics, verdict: Verdict) -> u8 {
    if !written || measured.has_errors() {
        exit::CANNOT_RUN
    } else if verdict.any && !verdict.short {
        exit::OK
    } else {
        exit::PROBLEMS
    }
}
