//! Co-ordinating owners (`owner "A" with "B", "C"`: A leads, B and C
//! co-ordinate): each name checked as an owner is, a repeated one warned of
//! (W0510) and counted once.

use super::model::OwnerId;
use super::owners::nfc;
use super::problem::CoOwnerProblem;
use super::Checker;
use crate::syntax::ast::Text;

impl Checker<'_> {
    /// The co-ordinating owners of a target led by `lead`, in the order
    /// written, each once and never the lead.
    pub(super) fn resolve_co_owners(
        &mut self,
        lead: Option<OwnerId>,
        written: &[Text],
    ) -> Vec<OwnerId> {
        let mut out: Vec<OwnerId> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for text in written {
            let name = nfc(&text.node);
            let id = self.resolve_owner(text);
            let is_lead = id.is_some() && id == lead;
            let again = names.contains(&name) || id.is_some_and(|id| out.contains(&id));
            if is_lead || again {
                let problem = CoOwnerProblem::Repeated {
                    name,
                    lead: is_lead,
                };
                self.report_at(problem, text.span);
                continue;
            }
            names.push(name);
            out.extend(id);
        }
        out
    }
}
