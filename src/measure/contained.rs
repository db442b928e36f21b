//! Panics that chitieu contains (calamine's, on hostile workbooks) are the
//! file's problem, reported as a diagnostic: they must not also print a
//! panic message on stderr, as the default hook would. The hook is
//! process-wide, so it is wrapped once, and a thread-local flag says
//! whether the panic happens inside a contained call; any other panic still
//! reaches the hook that was there before.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching a panic in it silently.
pub fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static WRAP: Once = Once::new();
    WRAP.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let outer = CONTAINED.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(outer));
    result
}

#[cfg(test)]
mod tests {
    use super::quietly;

    #[test]
    fn a_contained_panic_is_caught_and_the_flag_restored() {
        assert!(quietly(|| -> u8 { panic!("calamine") }).is_err());
        assert_eq!(quietly(|| 7).ok(), Some(7));
        assert!(!super::CONTAINED.with(std::cell::Cell::get));
    }
}
