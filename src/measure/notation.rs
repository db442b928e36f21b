//! How a measurement file writes its values, for the examples its hints
//! give: a hint shows a value as the file would hold it (`0.95` in JSON,
//! `1,5` in a semicolon CSV where numbers take a decimal comma), not as the
//! plan writes it.

use rust_decimal::Decimal;

use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

/// A measurement file's way of writing values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    /// A table whose numbers take a decimal point (a comma-separated CSV, a
    /// workbook): the plan's own examples (`95%`, `1.5`, `15 min`).
    #[default]
    DecimalPoint,
    /// A table whose numbers take a decimal comma (a semicolon or tab CSV,
    /// as the vi-VN Excel writes them): `95,5%`, `1,5`, `15 phút`.
    DecimalComma,
    /// JSON: fractions and plain numbers as JSON numbers (`0.95`, `15`),
    /// what only a text can say as a string (`"2025-09-10"`).
    Json,
}

impl Notation {
    /// The notation of a table whose numbers take a decimal comma or not.
    pub fn of_table(decimal_comma: bool) -> Self {
        if decimal_comma {
            Notation::DecimalComma
        } else {
            Notation::DecimalPoint
        }
    }

    /// A value of `ty` as this notation writes it, in words: "a percent
    /// such as `95,5%`", "a fraction such as `0.95`".
    pub fn example(self, ty: MetricType, lang: Lang) -> &'static str {
        use MetricType as T;
        let (en, vi) = match (self, ty) {
            (Notation::DecimalPoint, ty) => return crate::check::example_in(ty, lang),
            (Notation::DecimalComma, T::Ratio) => (
                "a percent such as `95,5%`",
                "một tỷ lệ phần trăm như `95,5%`",
            ),
            (Notation::DecimalComma, T::Rate) => (
                "a percent such as `105,5%`",
                "một tỷ lệ phần trăm như `105,5%`",
            ),
            (Notation::DecimalComma, T::PercentagePoints) => (
                "percentage points such as `1,5 pp`",
                "số điểm phần trăm như `1,5 pp`",
            ),
            (Notation::DecimalComma, T::Number) => ("a number such as `1,5`", "một số như `1,5`"),
            (Notation::DecimalComma, T::Minutes) => {
                ("minutes such as `15 phút`", "số phút như `15 phút`")
            }
            (Notation::DecimalComma, T::Days) => {
                ("days such as `4,5 ngày`", "số ngày như `4,5 ngày`")
            }
            (Notation::DecimalComma, T::WorkingDays) => (
                "working days such as `4,5 ngày làm việc`",
                "số ngày làm việc như `4,5 ngày làm việc`",
            ),
            (Notation::DecimalComma, T::Money) => (
                "an amount such as `5000000 đồng`",
                "một số tiền như `5000000 đồng`",
            ),
            (Notation::DecimalComma, T::Date) => {
                ("a date such as `10/09/2025`", "một ngày như `10/09/2025`")
            }
            (Notation::Json, T::Ratio) => (
                "a fraction such as `0.95` (for 95%)",
                "một phân số như `0.95` (tức 95%)",
            ),
            (Notation::Json, T::Rate) => (
                "a fraction such as `1.05` (for 105%)",
                "một phân số như `1.05` (tức 105%)",
            ),
            (Notation::Json, T::PercentagePoints) => (
                "percentage points such as `\"2 pp\"`",
                "số điểm phần trăm như `\"2 pp\"`",
            ),
            (Notation::Json, T::Number) => ("a number such as `1.5`", "một số như `1.5`"),
            (Notation::Json, T::Minutes) => {
                ("a number of minutes such as `15`", "một số phút như `15`")
            }
            (Notation::Json, T::Days) => ("a number of days such as `5`", "một số ngày như `5`"),
            (Notation::Json, T::WorkingDays) => (
                "a number of working days such as `5`",
                "một số ngày làm việc như `5`",
            ),
            (Notation::Json, T::Money) => (
                "an amount in đồng such as `5000000`",
                "một số tiền bằng đồng như `5000000`",
            ),
            (Notation::Json, T::Date) => (
                "a date such as `\"2025-09-10\"`",
                "một ngày như `\"2025-09-10\"`",
            ),
            (Notation::DecimalComma | Notation::Json, ty @ (T::Count | T::Bool)) => {
                return crate::check::example_in(ty, lang)
            }
        };
        match lang {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }

    /// A percent written without its sign (`95`) as this notation writes
    /// the share it likely meant: `95%`, or in JSON the fraction `0.95`.
    pub fn percent_meant(self, written: &str) -> String {
        let fraction = || {
            let mut n: Decimal = written.trim().parse().ok()?;
            n.set_scale(n.scale().checked_add(2)?).ok()?;
            Some(n.normalize().to_string())
        };
        match self {
            Notation::Json => fraction().unwrap_or_else(|| format!("{written}%")),
            Notation::DecimalPoint | Notation::DecimalComma => format!("{written}%"),
        }
    }

    /// A fraction as this notation writes it: `0.95` or `0,95`.
    pub fn fraction(self) -> &'static str {
        match self {
            Notation::DecimalComma => "0,95",
            Notation::DecimalPoint | Notation::Json => "0.95",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_notation_writes_its_own_examples() {
        assert_eq!(
            Notation::Json.example(MetricType::Ratio, Lang::En),
            "a fraction such as `0.95` (for 95%)"
        );
        assert_eq!(
            Notation::DecimalComma.example(MetricType::Number, Lang::Vi),
            "một số như `1,5`"
        );
        assert_eq!(
            Notation::DecimalPoint.example(MetricType::Ratio, Lang::En),
            "a percent such as `95%`"
        );
        assert_eq!(Notation::Json.percent_meant("95"), "0.95");
        assert_eq!(Notation::Json.percent_meant("62.5"), "0.625");
        assert_eq!(Notation::DecimalComma.percent_meant("95,5"), "95,5%");
        assert_eq!(Notation::Json.percent_meant("x"), "x%");
    }
}
