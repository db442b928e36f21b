//! The words chitieu says to people, in Vietnamese and English: one table
//! per language with the same keys (a test fails when a key is in one and
//! not the other), and numbers and dates written as each language writes
//! them (`95,5%` and `10/09/2025` in Vietnamese). Machine formats (JSON,
//! JUnit, CSV) do not come through here: their keys and values stay English.

mod en;
mod system;
mod vi;
mod vi_explain;
mod vi_explain_rollup;
pub mod words;

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A language people read chitieu's output in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    /// The language of the environment's locale (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`): Vietnamese for `vi…`, English otherwise.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        Lang::from_locale(&locale)
    }

    /// `vi_VN.UTF-8`, `vi` → Vietnamese; anything else → English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("vi") {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    /// The catalog of this language: keys and texts.
    pub fn catalog(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => en::MESSAGES,
            Lang::Vi => vi::MESSAGES,
        }
    }

    /// `en` or `vi`, as this language reads: for the words of typed problems,
    /// written in both languages side by side.
    pub fn pick(self, en: &str, vi: &str) -> String {
        match self {
            Lang::En => en,
            Lang::Vi => vi,
        }
        .to_string()
    }

    /// A count as this language groups its digits: `29,980` in English,
    /// `29.980` in Vietnamese.
    pub fn count(self, n: usize) -> String {
        let separator = match self {
            Lang::En => ',',
            Lang::Vi => '.',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// A size in bytes as people read it: `512 bytes`, `64 KiB` for a whole
    /// number of a binary unit (the limits), else the bytes grouped with
    /// the size in the largest unit beside them (`1,153,433,600 bytes (1.1
    /// GiB)`; under 10 KiB the bytes alone), in this language's words and
    /// decimal mark.
    pub fn bytes(self, n: usize) -> String {
        let word = match self {
            Lang::En => "bytes",
            Lang::Vi => "byte",
        };
        let units = [(1usize << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
        let Some((size, unit)) = units.into_iter().find(|(size, _)| n >= *size) else {
            return format!("{} {word}", self.count(n));
        };
        if n % size == 0 {
            return format!("{} {unit}", self.count(n / size));
        }
        // "2,000 bytes (2.0 KiB)" tells nothing the bytes do not.
        if n < 10 << 10 {
            return format!("{} {word}", self.count(n));
        }
        // One decimal, rounded half away from zero, in integers.
        let tenths = (n as u128 * 10 + size as u128 / 2) / size as u128;
        let mark = match self {
            Lang::En => '.',
            Lang::Vi => ',',
        };
        let whole = usize::try_from(tenths / 10).unwrap_or(usize::MAX);
        format!(
            "{} {word} ({}{mark}{} {unit})",
            self.count(n),
            self.count(whole),
            tenths % 10
        )
    }

    /// The text for `key`; the key itself when the catalog lacks it (a
    /// test keeps both catalogs complete).
    pub fn text(self, key: &'static str) -> &'static str {
        self.catalog()
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(key, |(_, text)| text)
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn fill(self, key: &'static str, args: &[(&str, &str)]) -> String {
        let mut text = self.text(key).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// A decimal as this language writes it: `95.5` or `95,5`.
    pub fn decimal(self, text: &str) -> String {
        match self {
            Lang::En => text.to_string(),
            Lang::Vi => text.replace('.', ","),
        }
    }

    /// A number rounded to `places` decimals, trailing zeros dropped.
    pub fn number(self, n: Decimal, places: u32) -> String {
        self.decimal(
            &crate::eval::exact::round_half_away(n, places)
                .normalize()
                .to_string(),
        )
    }

    /// A date: `2025-09-10` in English output, `10/09/2025` in Vietnamese.
    pub fn date(self, date: NaiveDate) -> String {
        match self {
            Lang::En => date.format("%Y-%m-%d").to_string(),
            Lang::Vi => date.format("%d/%m/%Y").to_string(),
        }
    }

    /// A target's condition as the plan writes it (`in 95%..100%`,
    /// `<= 2025-09-10`, `<= 15 min`), in this language's words, dates and
    /// decimal mark (`từ 95% đến 100%`, `<= 10/09/2025`, `<= 15 phút`).
    pub fn condition(self, text: &str) -> String {
        if self == Lang::En {
            return text.to_string();
        }
        match text.strip_prefix("in ").and_then(|r| r.split_once("..")) {
            Some((low, high)) => format!(
                "{} {} {} {}",
                self.text("condition.in"),
                self.plan_words(low),
                self.text("condition.to"),
                self.plan_words(high)
            ),
            None => self.plan_words(text),
        }
    }

    /// Plan text that is not a range, such as values between bounds
    /// (`12 min < waiting_time <= 15 min`), tiers (`2 if >= 20, 1 if >= 10`)
    /// or a period (`2025-07-01 .. 2025-12-31`), with its values, units and
    /// words in this language; names as they are.
    pub fn plan_words(self, text: &str) -> String {
        if self == Lang::En {
            return text.to_string();
        }
        let words: Vec<String> = text
            .split_whitespace()
            .map(|word| {
                // Tiers are listed with commas after their values.
                let (word, comma) = word
                    .strip_suffix(',')
                    .map_or((word, ""), |bare| (bare, ","));
                let shown = match word {
                    "==" => "=".to_string(),
                    "if" => self.text("condition.if").to_string(),
                    // A grade's tests (`>= 50% and not_met <= 20%`).
                    "and" => self.text("condition.and").to_string(),
                    "or" => self.text("condition.or").to_string(),
                    "points" => self.text("html.points").to_string(),
                    "true" => self.text("value.true").to_string(),
                    "false" => self.text("value.false").to_string(),
                    "min" => self.text("value.minutes").to_string(),
                    "days" => self.text("value.days").to_string(),
                    "working_days" => self.text("value.working_days").to_string(),
                    "VND" => self.text("value.money").to_string(),
                    "pp" => self.text("value.percentage_points").to_string(),
                    // A bound on a maximum from the data (`max_21 in 0..20`).
                    "in" => self.text("condition.in").to_string(),
                    _ => match word.split_once("..") {
                        Some((low, high)) if !low.is_empty() && !high.is_empty() => format!(
                            "{} {} {}",
                            self.plan_value(low),
                            self.text("condition.to"),
                            self.plan_value(high)
                        ),
                        _ => self.plan_value(word),
                    },
                };
                format!("{shown}{comma}")
            })
            .collect();
        words.join(" ")
    }

    /// A value written in a plan: an ISO date or a number, as this language
    /// writes it; anything else as it is.
    pub(crate) fn plan_value(self, word: &str) -> String {
        if let Ok(date) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            return self.date(date);
        }
        let number = word.trim_end_matches('%').replace('_', "");
        if !number.is_empty() && number.parse::<Decimal>().is_ok() {
            // Digits the plan grouped with `_` are grouped as the language
            // groups them: `5_000_000` is `5.000.000` in Vietnamese.
            return match self {
                Lang::En => word.to_string(),
                Lang::Vi => self.decimal(word).replace('_', "."),
            };
        }
        word.to_string()
    }

    /// A code's title in this language; `None` when this language has none
    /// (English is in the code catalogue itself).
    pub fn title(self, code: crate::diagnostic::Code) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Vi => vi_explain::TITLES
                .iter()
                .chain(vi_explain_rollup::TITLES)
                .find(|(c, _)| *c == code)
                .map(|(_, title)| *title),
        }
    }

    /// What `chitieu explain` says of a code (by its id), in this language;
    /// `None` when this language has no text for it (English is in the
    /// code catalogue itself).
    pub fn explanation(self, id: &str) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Vi => vi_explain::EXPLANATIONS
                .iter()
                .chain(vi_explain_rollup::EXPLANATIONS)
                .find(|(code, _)| *code == id)
                .map(|(_, text)| *text),
        }
    }

    /// The value of `--lang` and of HTML's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
}

/// Names in backticks, separated by commas: `` `a`, `b` ``.
pub fn quoted<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn counts_and_sizes_read_as_each_language_writes_them() {
        assert_eq!(Lang::En.count(29_980), "29,980");
        assert_eq!(Lang::Vi.count(29_980), "29.980");
        assert_eq!(Lang::En.count(999), "999");
        assert_eq!(Lang::En.count(1_000_000), "1,000,000");
        assert_eq!(Lang::En.bytes(512), "512 bytes");
        assert_eq!(Lang::En.bytes(65_536), "64 KiB");
        assert_eq!(Lang::En.bytes(1 << 30), "1 GiB");
        assert_eq!(
            Lang::En.bytes(1_153_433_600),
            "1,153,433,600 bytes (1.1 GiB)"
        );
        assert_eq!(Lang::Vi.bytes(9_437_283), "9.437.283 byte (9,0 MiB)");
        assert_eq!(Lang::En.bytes(2_000), "2,000 bytes");
        assert_eq!(Lang::En.bytes(10_300), "10,300 bytes (10.1 KiB)");
        assert!(!Lang::En.bytes(usize::MAX).is_empty());
    }
}
