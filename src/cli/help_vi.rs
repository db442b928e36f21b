//! The command's own help texts (its doc comments, as clap gives them) in
//! Vietnamese: whole texts, matched exactly, with nothing filled in.

pub const HELP: &[(&str, &str)] = &[
    ("Plan targets (chỉ tiêu) as text: check plans, evaluate measurements", "Chỉ tiêu kế hoạch dạng văn bản: kiểm tra kế hoạch, chấm điểm số liệu"),
    ("Check plan files and folders of them; report every problem found", "Kiểm tra các tệp kế hoạch và thư mục chứa chúng; báo mọi lỗi tìm thấy"),
    ("Score measurement files against a plan, per unit and target", "Chấm điểm các tệp số liệu theo kế hoạch, theo từng đơn vị và chỉ tiêu"),
    ("Rewrite plan files in the canonical layout (`-` reads standard input)", "Viết lại tệp kế hoạch theo bố cục chuẩn (`-` đọc đầu vào chuẩn)"),
    (
        "Compare two plans by meaning: which targets got stricter, looser, added, removed, re-owned, re-scored",
        "So sánh hai kế hoạch theo ý nghĩa: chỉ tiêu nào chặt hơn, lỏng hơn, thêm, bỏ, đổi đơn vị chủ trì, đổi cách tính điểm",
    ),
    (
        "Explain a diagnostic code, with an example and its fix, or a word of the plan language",
        "Giải thích một mã chẩn đoán, kèm ví dụ và cách sửa, hoặc một từ của ngôn ngữ kế hoạch",
    ),
    (
        "The language chitieu speaks: vi or en (default: from the locale, LANG and the like, else English). Machine formats stay English",
        "Ngôn ngữ của chitieu: vi hoặc en (mặc định: theo locale, LANG..., nếu không thì tiếng Anh). Định dạng cho máy vẫn bằng tiếng Anh",
    ),
    ("Plan files (`.plan`) or folders to search for them", "Tệp kế hoạch (`.plan`) hoặc thư mục để tìm chúng"),
    ("The plan file (`.plan`)", "Tệp kế hoạch (`.plan`)"),
    ("Measurement files (.csv, .tsv, .txt, .xlsx, .json) or folders of them", "Tệp số liệu (.csv, .tsv, .txt, .xlsx, .json) hoặc thư mục chứa chúng"),
    ("Write the report to this file (atomically) instead of standard output", "Ghi báo cáo vào tệp này (trọn vẹn một lần) thay vì đầu ra chuẩn"),
    ("The sheet of .xlsx workbooks to read (the first one by default)", "Trang tính cần đọc trong sổ .xlsx (mặc định là trang đầu)"),
    (
        "One line per unit, in input order (text, json or csv; with html, the scorecard as usual)",
        "Mỗi đơn vị một dòng, theo thứ tự đầu vào (text, json hoặc csv; với html là bảng điểm như thường lệ)",
    ),
    ("Colour: auto (when writing to a terminal), always or never", "Tô màu: auto (khi ghi ra màn hình terminal), always hoặc never"),
    (
        "What to write: text for people (the default), or json, one document for editors and CI",
        "Ghi ra dạng gì: text cho người đọc (mặc định), hoặc json, một tài liệu cho trình soạn thảo và CI",
    ),
    (
        "What to write: text (the default), json for machines, or markdown for pull requests",
        "Ghi ra dạng gì: text (mặc định), json cho máy, hoặc markdown cho pull request",
    ),
    (
        "What to write: text (the default), json (JSON Lines), markdown, junit, csv, or html (a self-contained scorecard page; use with --output)",
        "Ghi ra dạng gì: text (mặc định), json (JSON Lines), markdown, junit, csv, hoặc html (một trang bảng điểm trọn trong một tệp; dùng cùng --output)",
    ),
    (
        "Files or folders of an earlier period, read as the measurements are: the values `baseline(x)` takes in formulas",
        "Tệp hoặc thư mục số liệu của một kỳ trước, đọc như số liệu báo cáo: các giá trị mà `baseline(x)` lấy trong công thức",
    ),
    (
        "Score each parent of the units register from its children, recursively (wards, then the city, then the nation): counts summed, shares computed from the sums, the parent's own targets; each parent shown before its children, ranked (see docs/rollup.md). Needs --units",
        "Chấm điểm từng đơn vị cấp trên trong danh mục đơn vị từ các đơn vị con, theo từng cấp (phường, rồi thành phố, rồi cả nước): cộng các số đếm, tính tỷ lệ từ các tổng, theo chỉ tiêu của chính đơn vị cấp trên; mỗi đơn vị cấp trên hiện trước các đơn vị con đã xếp hạng (xem docs/rollup.md). Cần --units",
    ),
    (
        "Show every diagnostic: past 20 of one code in a file, the rest are otherwise counted in one (W0745)",
        "Hiện mọi chẩn đoán: nếu không, quá 20 chẩn đoán cùng một mã trong một tệp thì phần còn lại được đếm trong một chẩn đoán (W0745)",
    ),
    (
        "The period to evaluate (2026, 2026-H1, 2026-Q3, 2026-08, 08/2026 or 2026-01-01..2026-06-30), within the plan's; without it, each unit's readings say theirs (else the plan's period is evaluated)",
        "Kỳ cần đánh giá (2026, 2026-H1, 2026-Q3, 2026-08, 08/2026 hoặc 2026-01-01..2026-06-30), nằm trong kỳ kế hoạch; nếu không ghi, số liệu của từng đơn vị cho biết kỳ của nó (nếu không thì đánh giá cả kỳ kế hoạch)",
    ),
    (
        "With --summary: rank the units, highest first: by the plan's `default rank_by`, else by percentage",
        "Cùng --summary: xếp hạng các đơn vị, cao nhất trước: theo `default rank_by` của kế hoạch, nếu không thì theo tỷ lệ điểm",
    ),
    (
        "With --summary: rank the units by points or by percent, highest first, whatever the plan's `default rank_by` says (without either, by percent); implies --rank. Ties go by the other, then by the unit's name; a unit whose maximum is not known ranks last",
        "Cùng --summary: xếp hạng các đơn vị theo điểm (points) hoặc theo tỷ lệ điểm (percent), cao nhất trước, dù `default rank_by` của kế hoạch nói gì (không có cả hai thì theo tỷ lệ điểm); kéo theo --rank. Bằng nhau thì xét cái còn lại, rồi theo tên đơn vị; đơn vị chưa biết điểm tối đa xếp cuối",
    ),
    ("Plan files or folders; `-` reads standard input and writes standard output", "Tệp hoặc thư mục kế hoạch; `-` đọc đầu vào chuẩn và ghi ra đầu ra chuẩn"),
    ("Change nothing; list the files that would change and exit 1 if any", "Không thay đổi gì; liệt kê các tệp sẽ thay đổi và thoát với mã 1 nếu có"),
    (
        "A units register (CSV: unit, parent, level, tags) to check, and to check the plans' `for` clauses against (see docs/units.md)",
        "Danh mục đơn vị (CSV: unit, parent, level, tags) cần kiểm tra, và để kiểm tra các mệnh đề `for` của kế hoạch (xem docs/units.md)",
    ),
    (
        "A units register (CSV: unit, parent, level, tags): which units the plan's targets `for level` and `for tag` apply to (see docs/units.md)",
        "Danh mục đơn vị (CSV: unit, parent, level, tags): các chỉ tiêu `for level` và `for tag` của kế hoạch áp dụng cho đơn vị nào (xem docs/units.md)",
    ),
    ("The plan before the change", "Kế hoạch trước khi thay đổi"),
    ("The plan after the change", "Kế hoạch sau khi thay đổi"),
    (
        "A code such as E0101 or W0201, or a word such as redistribute, round, else or grade",
        "Một mã như E0101 hoặc W0201, hoặc một từ như redistribute, round, else hay grade",
    ),
];
