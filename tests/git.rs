//! chitieu in git, set up as docs/reviewing.md says, in a temporary
//! repository: each documented command is run and shows what the page
//! promises, and a version with errors still shows a diff.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// A repository set up for `.plan` files exactly as the docs say.
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q"]);
        repo.git(&["config", "user.email", "test@example.invalid"]);
        repo.git(&["config", "user.name", "test"]);
        let chitieu = env!("CARGO_BIN_EXE_chitieu");
        repo.write(".gitattributes", "*.plan diff=chitieu\n");
        repo.git(&[
            "config",
            "diff.chitieu.command",
            &format!("{chitieu} git-diff"),
        ]);
        repo.git(&[
            "config",
            "diff.chitieu.textconv",
            &format!("{chitieu} git-textconv"),
        ]);
        repo.git(&["config", "diff.chitieu.xfuncname", "^section .*$"]);
        repo
    }

    fn git(&self, args: &[&str]) -> String {
        self.git_in(".", args)
    }

    /// `git` run from a folder of the work tree.
    fn git_in(&self, folder: &str, args: &[&str]) -> String {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(self.dir.path().join(folder))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.dir.path())
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("GIT_EXTERNAL_DIFF")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn write(&self, name: &str, text: impl AsRef<[u8]>) {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, text).unwrap();
    }

    /// A repository with one commit of `k.plan` per version.
    fn with_versions(versions: &[&[u8]]) -> Repo {
        let repo = Repo::new();
        for (i, version) in versions.iter().enumerate() {
            repo.write("k.plan", version);
            repo.commit(&format!("version {i}"));
        }
        repo
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-qm", message]);
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

const BEFORE: &str = "\
section \"3. Thủ tục\" owner \"VP\"
target online_payment_ratio >= 60% owner \"VP\"
target waiting_time <= 15 min owner \"VP\"
";

/// The same plan with the threshold raised, laid out differently and with a
/// comment added: only the threshold means anything.
const AFTER: &str = "\
# Raised for 2026.
section \"3. Thủ tục\"   owner \"VP\"
target online_payment_ratio >= 65%
  owner \"VP\"
target waiting_time <= 15 min owner \"VP\"
";

/// Fails with the whole output unless it holds `part`.
fn assert_has(shown: &str, part: &str) {
    assert!(shown.contains(part), "expected {part:?} in:\n{shown}");
}

/// A repository whose last commit raised one threshold.
fn raised() -> Repo {
    Repo::with_versions(&[BEFORE.as_bytes(), AFTER.as_bytes()])
}

const MEANING: &str =
    "chitieu diff a/k.plan b/k.plan\n~ target online_payment_ratio: stricter: >= 60% → >= 65%\n";

/// The changed statement, one line each side, and nothing else.
fn assert_line_diff(shown: &str) {
    assert!(
        shown.ends_with(
            "@@ -1,3 +1,3 @@\n section \"3. Thủ tục\" owner \"VP\"\n-target online_payment_ratio >= 60% owner \"VP\"\n+target online_payment_ratio >= 65% owner \"VP\"\n target waiting_time <= 15 min owner \"VP\"\n"
        ),
        "{shown}"
    );
    assert_eq!(shown.matches("\n@@ ").count(), 1, "one hunk: {shown}");
}

#[test]
fn git_diff_shows_the_changes_in_meaning() {
    let repo = Repo::with_versions(&[BEFORE.as_bytes()]);
    repo.write("k.plan", AFTER);
    assert_eq!(repo.git(&["diff"]), MEANING);
    repo.commit("raise");
    assert_eq!(repo.git(&["diff", "HEAD~1"]), MEANING);
}

#[test]
fn git_log_p_and_git_show_compare_one_line_per_statement() {
    let repo = raised();
    let log = repo.git(&["log", "-p", "-1", "--format="]);
    assert_line_diff(&log);
    let show = repo.git(&["show", "--format="]);
    assert_line_diff(&show);
    assert!(!show.contains("# Raised"), "comments do not show: {show}");
}

/// Hunks are headed by the section they fall in (`xfuncname`).
#[test]
fn hunks_name_their_section() {
    let plan: String = std::iter::once("section \"2. Thể chế\"\n".to_string())
        .chain((1..=8).map(|i| format!("target m{i} >= {i}\n")))
        .collect();
    let raised = plan.replace(">= 7", ">= 70");
    let repo = Repo::with_versions(&[plan.as_bytes(), raised.as_bytes()]);
    let shown = repo.git(&["show", "--format="]);
    assert_has(&shown, "@@ -5,5 +5,5 @@ section \"2. Thể chế\"\n");
}

#[test]
fn ext_diff_flags_show_the_changes_in_meaning_in_log_and_show() {
    let repo = raised();
    assert_eq!(repo.git(&["show", "--ext-diff", "--format="]), MEANING);
    assert_eq!(
        repo.git(&["log", "-p", "--ext-diff", "-1", "--format="]),
        MEANING
    );
}

#[test]
fn git_diff_no_ext_diff_compares_one_line_per_statement() {
    let repo = raised();
    assert_line_diff(&repo.git(&["diff", "--no-ext-diff", "HEAD~1"]));
}

#[test]
fn a_renamed_plan_is_compared_with_its_old_name() {
    let repo = raised();
    repo.git(&["mv", "k.plan", "l.plan"]);
    repo.write("l.plan", AFTER.replace("65%", "70%"));
    repo.commit("rename");
    assert_eq!(
        repo.git(&["show", "--ext-diff", "--format="]),
        "chitieu diff a/k.plan b/l.plan\n~ target online_payment_ratio: stricter: >= 65% → >= 70%\n"
    );
}

#[test]
fn a_version_with_errors_shows_why_and_the_text_diff() {
    let repo = Repo::with_versions(&[BEFORE.as_bytes()]);
    repo.write("k.plan", BEFORE.replace(">= 60%", "60%"));
    let shown = repo.git(&["diff"]);
    assert!(
        shown.starts_with("chitieu diff a/k.plan b/k.plan\n`b/k.plan` has errors"),
        "{shown}"
    );
    assert_has(&shown, "  k.plan:2:29: [E0101] ");
    assert_has(&shown, "--- a/k.plan\n+++ b/k.plan\n@@ -1,3 +1,3 @@\n section \"3. Thủ tục\" owner \"VP\"\n-target online_payment_ratio >= 60% owner \"VP\"\n+target online_payment_ratio 60% owner \"VP\"\n");
    // The same in the log, once committed.
    repo.commit("typo");
    let logged = repo.git(&["log", "-p", "--ext-diff", "-1", "--format="]);
    assert_eq!(logged, shown);
    // git log -p keeps the statement that does not parse as written.
    let textconv = repo.git(&["show", "--format="]);
    assert_has(&textconv, "+target online_payment_ratio 60% owner \"VP\"\n");
}

#[test]
fn a_version_that_is_not_text_shows_why_and_the_text_diff() {
    // Windows-1258 bytes: not UTF-8.
    let repo = Repo::with_versions(&[b"target online_payment_ratio >= 60% owner \"P\xD0\"\n"]);
    repo.write("k.plan", BEFORE);
    let shown = repo.git(&["diff"]);
    assert_has(&shown, "`a/k.plan` has errors");
    assert_has(&shown, "[E0107]");
    assert_has(&shown, "+target waiting_time <= 15 min owner \"VP\"\n");
    // git log -p and git show get the bytes back as they are, and go on.
    repo.commit("retyped");
    let logged = repo.git(&["show", "--format="]);
    assert_has(&logged, "+target waiting_time <= 15 min owner \"VP\"\n");
}

#[test]
fn an_added_plan_with_errors_shows_its_whole_text() {
    let repo = Repo::new();
    repo.write("other.txt", "x\n");
    repo.commit("start");
    repo.write("k.plan", "target x 95%\n");
    repo.git(&["add", "k.plan"]);
    let shown = repo.git(&["diff", "--cached"]);
    assert_has(
        &shown,
        "--- /dev/null\n+++ b/k.plan\n@@ -0,0 +1 @@\n+target x 95%\n",
    );
    assert!(repo.path().join("k.plan").exists());
}

/// A plan that extends another, in a subfolder: from that folder,
/// `git diff --relative` shows paths from it while git runs the driver from
/// the top, and the driver still finds the plan and what it extends, for the
/// work tree's file and for committed versions, with or without `--relative`.
#[test]
fn relative_paths_from_a_subfolder_still_find_what_a_plan_extends() {
    let repo = Repo::new();
    repo.write("plans/2026/base.plan", BEFORE);
    repo.write(
        "plans/2026/k.plan",
        "extends \"base.plan\"\noverride online_payment_ratio >= 65%\n",
    );
    repo.commit("base");
    repo.write(
        "plans/2026/k.plan",
        "extends \"base.plan\"\noverride online_payment_ratio >= 70%\n",
    );
    let change = "~ target online_payment_ratio: stricter: >= 65% → >= 70%\n";
    let relative = format!("chitieu diff a/2026/k.plan b/2026/k.plan\n{change}");
    let from_top = format!("chitieu diff a/plans/2026/k.plan b/plans/2026/k.plan\n{change}");
    assert_eq!(repo.git_in("plans", &["diff", "--relative"]), relative);
    assert_eq!(repo.git_in("plans", &["diff"]), from_top);
    repo.commit("raise");
    assert_eq!(
        repo.git_in("plans", &["show", "--relative", "--ext-diff", "--format="]),
        relative
    );
    assert_eq!(
        repo.git_in(
            "plans/2026",
            &["show", "--relative", "--ext-diff", "--format="]
        ),
        format!("chitieu diff a/k.plan b/k.plan\n{change}")
    );
    assert_eq!(
        repo.git_in("plans", &["show", "--ext-diff", "--format="]),
        from_top
    );
}
