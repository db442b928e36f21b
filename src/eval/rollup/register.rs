//! The units register (`--units`) as the hierarchy a roll-up follows.

use super::Tree;
use crate::units::Register;

impl Tree for Register {
    fn roots(&self) -> Vec<String> {
        Register::roots(self).map(|u| u.name.clone()).collect()
    }

    fn children(&self, unit: &str) -> Vec<String> {
        Register::children(self, unit)
            .map(|u| u.name.clone())
            .collect()
    }
}
