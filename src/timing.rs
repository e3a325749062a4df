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

/// The size of the wasm linear memory in bytes, for the benchmark (`window.wasmBindings`).
/// Linear memory grows and never shrinks, so this is the high-water mark of the heap so far.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = vendorplanHeapBytes)]
pub fn heap_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    let pages = core::arch::wasm32::memory_size(0);
    #[cfg(not(target_arch = "wasm32"))]
    let pages = 0;
    (pages * 65536) as f64
}
