//! Any bytes as a folder of plans that extend each other: the input is cut at
//! each 0x1E byte (the ASCII record separator) into `p0.plan`, `p1.plan`, ...
//! held in memory over a scratch folder, and `p0.plan` is loaded, following
//! its `extends` however long, cyclic or broken the chain. Loading, checking
//! and rendering must never panic or overflow the stack.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use chitieu::i18n::Lang;
use chitieu::load::load_plan_from;
use chitieu::source::Overlay;
use libfuzzer_sys::fuzz_target;

/// An empty folder of our own, so that no file on the disk is ever read.
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("chitieu-fuzz-extends-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let mut overlay = Overlay::over_disk();
    for (i, part) in data.split(|&b| b == 0x1E).enumerate() {
        let _ = overlay.insert(&folder().join(format!("p{i}.plan")), part);
    }
    if let Ok(loaded) = load_plan_from(&overlay, &folder().join("p0.plan")) {
        let _ = loaded.diagnostics.render_in(false, Lang::En);
        let _ = loaded.diagnostics.render_in(false, Lang::Vi);
    }
});
