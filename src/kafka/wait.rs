//! Blocking waits in short slices, so that the embedding runtime can cut them short.
//!
//! A PHP process blocked in `consume(60000)` runs its signal handlers (pcntl with async signals)
//! and its `max_execution_time` only once the call returns. Every wait of the layers above goes
//! through [`sliced`]: it blocks in librdkafka for at most [`SLICE_MS`] at a time and, between
//! slices, asks the runtime's [interrupt check](set_interrupt_check) whether to return early,
//! the way a timeout returns. Nothing is lost: a slice that yields a message returns it.

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The longest time one slice blocks in librdkafka before the interrupt check runs.
pub const SLICE_MS: i32 = 10;

/// librdkafka's "wait without a deadline" (`RD_POLL_INFINITE`).
const INFINITE: i32 = -1;

static INTERRUPT_CHECK: OnceLock<fn() -> bool> = OnceLock::new();

/// Installs the check that tells a wait to return early, e.g. "a signal or an exception is
/// pending". It runs on the waiting thread, between slices only. Without one, waits run their
/// full timeout.
pub fn set_interrupt_check(check: fn() -> bool) {
    let _ = INTERRUPT_CHECK.set(check);
}

thread_local! {
    /// Off while the runtime is shutting down: its state must not be read then, and nothing
    /// there can handle an interrupt anyway.
    static CHECKS_ON: Cell<bool> = const { Cell::new(true) };
}

fn interrupted() -> bool {
    CHECKS_ON.with(Cell::get) && INTERRUPT_CHECK.get().is_some_and(|check| check())
}

/// Runs `f` with waits that take their full timeout: for shutdown paths, where the runtime's
/// state may be gone or stale.
pub fn without_interrupt_checks<R>(f: impl FnOnce() -> R) -> R {
    let before = CHECKS_ON.with(|on| on.replace(false));
    let result = f();
    CHECKS_ON.with(|on| on.set(before));
    result
}

/// Calls `attempt` with slice timeouts until it returns `Some`, the timeout passes, or the
/// interrupt check says to stop; `None` then. A timeout of 0 is a single call that does not
/// wait; any negative timeout waits without a deadline, as php-rdkafka's calls did (librdkafka
/// 2.12 itself returns at once for negatives other than -1).
///
/// The first slice runs before any clock read or check: a call whose result is ready costs
/// what the unsliced call costs.
pub fn sliced<T>(timeout_ms: i32, mut attempt: impl FnMut(i32) -> Option<T>) -> Option<T> {
    if timeout_ms == 0 {
        return attempt(0);
    }
    let timeout_ms = if timeout_ms < 0 { INFINITE } else { timeout_ms };
    let first = slice_of(timeout_ms);
    if let Some(result) = attempt(first) {
        return Some(result);
    }
    // The first slice returned empty-handed, so it waited its whole length.
    let deadline = (timeout_ms != INFINITE)
        .then(|| Instant::now() + Duration::from_millis((timeout_ms - first).max(0) as u64));
    loop {
        if interrupted() {
            return None;
        }
        let slice = match deadline {
            None => SLICE_MS,
            Some(deadline) => {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return None;
                }
                slice_of(i32::try_from(left.as_millis()).unwrap_or(i32::MAX).max(1))
            }
        };
        if let Some(result) = attempt(slice) {
            return Some(result);
        }
    }
}

fn slice_of(timeout_ms: i32) -> i32 {
    if timeout_ms == INFINITE {
        SLICE_MS
    } else {
        timeout_ms.min(SLICE_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_zero_timeout_is_a_single_call() {
        let calls = Cell::new(0);
        let result: Option<()> = sliced(0, |t| {
            assert_eq!(t, 0);
            calls.set(calls.get() + 1);
            None
        });
        assert_eq!((result, calls.get()), (None, 1));
    }

    #[test]
    fn every_negative_timeout_waits_without_deadline() {
        for timeout in [-1, -2, i32::MIN] {
            let calls = Cell::new(0);
            let result = sliced(timeout, |t| {
                assert_eq!(t, SLICE_MS);
                calls.set(calls.get() + 1);
                (calls.get() == 5).then_some(())
            });
            assert_eq!((result, calls.get()), (Some(()), 5));
        }
    }

    #[test]
    fn slices_add_up_to_the_timeout() {
        let started = Instant::now();
        let slices = Cell::new(Vec::new());
        let result: Option<()> = sliced(55, |t| {
            let mut seen = slices.take();
            seen.push(t);
            slices.set(seen);
            std::thread::sleep(Duration::from_millis(t as u64));
            None
        });
        let slices = slices.take();
        assert_eq!(result, None);
        assert!(slices.iter().all(|&t| (1..=SLICE_MS).contains(&t)), "{slices:?}");
        assert!(started.elapsed() >= Duration::from_millis(55));
        assert!(slices.len() >= 6, "{slices:?}");
    }

    #[test]
    fn a_result_returns_at_once() {
        let calls = Cell::new(0);
        let result = sliced(INFINITE, |_| {
            calls.set(calls.get() + 1);
            (calls.get() == 3).then_some("message")
        });
        assert_eq!((result, calls.get()), (Some("message"), 3));
    }
}
