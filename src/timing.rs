//! Performance marks the benchmark reads (`performance.getEntriesByName`): how long a changed
//! answer takes to reach the screen. Marks stay in this page; nothing is sent anywhere.

pub fn mark(name: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(name);
    }
}

/// Measures from `start` to now, if `start` was marked; then clears the mark so each change is
/// measured once.
pub fn measure(name: &str, start: &str) {
    if let Some(p) = gloo::utils::window().performance() {
        if p.get_entries_by_name(start).length() > 0 {
            let _ = p.measure_with_start_mark(name, start);
            p.clear_marks_with_mark_name(start);
        }
    }
}
