//! `eval --units FILE --rollup`: every unit of the register scored, each
//! parent from its children (`eval::rollup`), then written parent first,
//! its children ranked after it, in every format.

use std::io::IsTerminal;

use chitieu::eval::rollup::evaluate_rolled_up;
use chitieu::eval::{self, due::Asked};
use chitieu::report::{self, Report};
use chitieu::units::Register;

use super::{
    exit_code, measured_diagnostics, print_diagnostics, rank_by, read_measurements, unit_sink,
    write_report, write_summary, EvalArgs, EvalFormat, LoadedPlan, UnitTotal, Verdict,
};

/// Evaluates the measurements with the register's parents rolled up; the
/// exit code. Every unit's result is held (a parent is written before its
/// children, ranked, so they are all evaluated first).
pub(super) fn rolled_up(
    args: &EvalArgs,
    plan: &LoadedPlan,
    register: &Register,
    asked: Option<Asked>,
    color: bool,
) -> u8 {
    let mut inputs = read_measurements(args);
    let metrics = eval::Metrics::new(&plan.plan).asking(asked);
    // Each unit (a parent without readings too) by the targets for it.
    let scoped = eval::applies::Scoped::with_register(&plan.plan, register, &inputs);
    let scopes = eval::applies::Scopes::new(&metrics, &scoped);
    let detail = if args.summary && args.format != EvalFormat::Html {
        eval::Detail::Totals
    } else {
        eval::Detail::Full
    };
    let units = evaluate_rolled_up(
        &scopes,
        &eval::Hints::default(),
        &mut inputs,
        register,
        detail,
    );
    let units = report::rollup::arrange(units, rank_by(args, &plan.plan));
    let measured = measured_diagnostics(args, inputs);
    let written = if args.summary && args.format != EvalFormat::Html {
        write_report(args, |out| {
            write_summary(args, &plan.plan, units.iter().map(UnitTotal::from), out)
        })
    } else if args.format == EvalFormat::Html {
        let report = Report {
            plan_title: plan.plan.title.as_deref(),
            units: &units,
            lang: super::super::lang(),
            grades: &plan.plan.grades,
            rank_by: rank_by(args, &plan.plan),
            period: plan.plan.period.map(eval::due::EvaluatedPeriod::of_plan),
        };
        write_report(args, |out| {
            out.write_all(report::html::render(&report).as_bytes())
        })
    } else {
        let stdout_color = color && args.output.is_none() && std::io::stdout().is_terminal();
        let bounds = report::TotalBounds::of(&plan.plan.grades);
        write_report(args, |out| {
            {
                let mut sink = unit_sink(args, (plan, &bounds), stdout_color, &mut *out);
                for unit in &units {
                    sink.unit(unit)?;
                }
                sink.finish()?;
            }
            match args.format {
                EvalFormat::Json => report::json::write_diagnostic_lines(&measured, out),
                _ => Ok(()),
            }
        })
    };
    print_diagnostics(&measured, color);
    let mut verdict = Verdict::default();
    units.iter().for_each(|u| verdict.add(u));
    let code = exit_code(written, &measured, verdict);
    // A measured unit the register does not list (W0241): its totals are
    // not the plan's, as on the path without roll-up.
    match scoped.outside().is_empty() {
        true => code,
        false => code.max(super::exit::CANNOT_RUN),
    }
}
