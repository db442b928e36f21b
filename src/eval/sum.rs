//! Sums of many exact numbers (a unit's points, per section, per owner),
//! in time near linear in how many there are. Added one by one, fractions
//! with distinct denominators make a running sum whose terms grow with
//! every target, and each addition costs the square of that size: 4,000
//! targets took half a minute a unit. Here terms are added at once while
//! the sum stays a decimal or a small fraction; a sum that grows big is set
//! aside as a run, and runs are added two of a size at a time (a binary
//! counter), so that every big addition has operands of like size and the
//! whole costs about as much as its last few additions. The sum is exact,
//! so the order of adding changes nothing of it.

use num_rational::BigRational;

use super::big;
use super::exact::Exact;

#[derive(Debug, Clone, Default)]
pub struct Sum {
    /// The terms added since the last run was set aside, while they stay
    /// a decimal or a small fraction.
    near: Exact,
    /// Runs set aside: `levels[i]`, when there is one, is the sum of 2^i of
    /// them.
    levels: Vec<Option<BigRational>>,
}

impl Sum {
    pub fn add(&mut self, term: &Exact) {
        if term.is_zero() {
            return;
        }
        if let Some(big) = term.as_big() {
            self.carry(big.clone());
            return;
        }
        match self.near.plus(term) {
            Exact::Big(run) => {
                self.near = Exact::ZERO;
                self.carry(*run);
            }
            near => self.near = near,
        }
    }

    /// Sets a run aside, adding it to those of its size first.
    fn carry(&mut self, mut run: BigRational) {
        for level in &mut self.levels {
            match level.take() {
                Some(held) => run = big::add(&held, &run),
                None => {
                    *level = Some(run);
                    return;
                }
            }
        }
        self.levels.push(Some(run));
    }

    /// The sum, exactly.
    pub fn total(self) -> Exact {
        let mut total = self.near;
        for run in self.levels.into_iter().flatten() {
            total = total.plus(&Exact::from_big(run));
        }
        total
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use rust_decimal::Decimal;

    fn d(n: i64) -> Exact {
        Exact::Decimal(Decimal::from(n))
    }

    #[test]
    fn a_sum_is_the_one_added_one_by_one() {
        // Fractions with distinct prime denominators, among decimals, and
        // each taken away again: the big runs cancel to a decimal.
        let primes = (1000..4000).filter(|n: &i64| (2..*n).all(|p| n % p != 0));
        let terms: Vec<Exact> = primes
            .flat_map(|p| [d(p % 7).checked_div(&d(p)).unwrap(), d(3)])
            .collect();
        let mut sum = Sum::default();
        let mut one_by_one = Exact::ZERO;
        for term in &terms {
            sum.add(term);
            one_by_one = one_by_one.plus(term);
        }
        assert!(sum.levels.len() > 2);
        let total = sum.clone().total();
        assert!(total.as_big().is_some());
        assert_eq!(total, one_by_one);
        for term in &terms {
            sum.add(&term.neg());
        }
        assert!(matches!(sum.total(), Exact::Decimal(z) if z.is_zero()));
    }

    #[test]
    fn decimals_stay_decimals() {
        let mut sum = Sum::default();
        sum.add(&Exact::Decimal(Decimal::new(150, 2)));
        sum.add(&d(2));
        assert!(sum.levels.is_empty());
        assert!(matches!(sum.total(), Exact::Decimal(v) if v == Decimal::new(350, 2)));
    }
}
