//! Limits on input size, far above any real plan (the Trần Liễu plan is a few
//! kilobytes), so that hostile input gets a diagnostic instead of exhausting
//! memory or the stack. An embedding application may lower them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest plan file read, in bytes.
    pub max_plan_bytes: usize,
    /// Most statements in one plan file.
    pub max_statements: usize,
    /// Deepest nesting of parentheses (and of `-` signs) in a formula. Cannot
    /// be raised above [`MAX_NESTING`].
    pub max_nesting: usize,
    /// Most arithmetic operators in one formula: a long chain nests as deeply
    /// as parentheses do once it is a tree. Cannot be raised above
    /// [`MAX_OPERATORS`].
    pub max_operators: usize,
    /// Largest measurement file read (CSV, JSON), in bytes.
    pub max_measure_bytes: usize,
    /// Most fields in one row of a measurement table.
    pub max_columns: usize,
    /// Largest field of a measurement table, in bytes.
    pub max_field_bytes: usize,
    /// Largest `.xlsx` file read, in bytes.
    pub max_xlsx_bytes: usize,
    /// Most bytes an `.xlsx` may unpack to, and the highest compression ratio
    /// of one of its parts: a zip bomb is refused before it is unpacked.
    pub max_xlsx_unpacked_bytes: u64,
    pub max_xlsx_ratio: u64,
    /// Longest chain of plans each extending the next, the plan given
    /// counted: loading follows the chain recursively, and real chains (a
    /// nation, a city, a ward; a few periods) are a handful long.
    pub max_extends_depth: usize,
    /// Most cells of the table read from one sheet: each row that holds a
    /// cell counts from the sheet's first column to its last cell (or the
    /// header's, if that is wider). A sheet costs memory by these cells,
    /// never by its declared dimension.
    pub max_xlsx_cells: usize,
    /// Most bytes of text the cells of one sheet hold, a shared string
    /// counted at each cell that shows it: a string of 60 KB shown by a
    /// hundred thousand cells unpacks from a file of a megabyte to 6 GB.
    pub max_xlsx_text_bytes: usize,
    /// How many diagnostics of one code a file shows (the rest are counted
    /// in one W0745), and so keeps while they are gathered: a flood of one
    /// kind costs a count, not a record each. `usize::MAX`
    /// (`--all-diagnostics`) keeps and shows every one.
    pub shown_per_code: usize,
}

/// The default and the highest nesting allowed: the parser and checker recurse
/// once per level.
pub const MAX_NESTING: usize = 64;

/// The default and the most operators allowed in one formula: the checker
/// and the evaluator recurse over a formula's tree (never over the chain of
/// metrics it names), so its depth must stay bounded.
pub const MAX_OPERATORS: usize = 500;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_plan_bytes: 8 * 1024 * 1024,
            max_statements: 100_000,
            max_nesting: MAX_NESTING,
            max_operators: MAX_OPERATORS,
            max_measure_bytes: 1024 * 1024 * 1024,
            max_columns: 1_000,
            max_field_bytes: 64 * 1024,
            max_xlsx_bytes: 100 * 1024 * 1024,
            max_xlsx_unpacked_bytes: 1024 * 1024 * 1024,
            max_xlsx_ratio: 1_000,
            max_extends_depth: 32,
            max_xlsx_cells: 1_000_000,
            max_xlsx_text_bytes: 256 * 1024 * 1024,
            shown_per_code: crate::diagnostic::repeats::SHOWN_PER_CODE,
        }
    }
}

impl Limits {
    /// Reads `name=value` settings such as `max_plan_bytes=64`, as the test
    /// fixtures write them; unknown names and bad values are ignored.
    pub fn with_settings(mut self, settings: &str) -> Self {
        for setting in settings.split_whitespace() {
            let Some((name, value)) = setting.split_once('=') else {
                continue;
            };
            let Ok(value) = value.parse::<usize>() else {
                continue;
            };
            match name {
                "max_plan_bytes" => self.max_plan_bytes = value,
                "max_statements" => self.max_statements = value,
                "max_nesting" => self.max_nesting = value.min(MAX_NESTING),
                "max_operators" => self.max_operators = value.min(MAX_OPERATORS),
                "max_measure_bytes" => self.max_measure_bytes = value,
                "max_columns" => self.max_columns = value,
                "max_field_bytes" => self.max_field_bytes = value,
                "max_xlsx_bytes" => self.max_xlsx_bytes = value,
                "max_extends_depth" => self.max_extends_depth = value,
                "max_xlsx_cells" => self.max_xlsx_cells = value,
                "max_xlsx_text_bytes" => self.max_xlsx_text_bytes = value,
                _ => {}
            }
        }
        self
    }
}
