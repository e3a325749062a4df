use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;

use vendorplan_core::data::{t, Dataset};
use vendorplan_core::detect::{Detection, Detector, InputKind};
use vendorplan_core::session::Msg;
use vendorplan_data::VendorId;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::lifetime::{use_lifetime, Lifetime};

/// Bytes read and scanned between two yields to the browser: a few milliseconds of work, so no
/// task comes near the 50 ms that makes a page feel stuck.
const CHUNK: usize = 256 << 10;

/// The last run's result, kept as facts so that it reads in the language shown.
#[derive(Clone, PartialEq)]
struct Outcome {
    detection: Detection,
    /// The visitor pressed Stop: the findings are from the part read.
    stopped: bool,
}

/// How far the current run is.
#[derive(Clone, PartialEq)]
struct Progress {
    file: String,
    percent: u32,
}

/// Where the text to scan comes from.
enum Input {
    Text(String),
    File(web_sys::File),
}

#[derive(Properties, PartialEq)]
pub struct DetectPanelProps {
    pub selected: BTreeSet<VendorId>,
    pub on_msg: Callback<Msg>,
}

/// The next piece of a file, as bytes; `None` if the browser cannot read it.
async fn read_slice(file: &web_sys::File, from: f64, to: f64) -> Option<Vec<u8>> {
    let blob = file.slice_with_f64_and_f64(from, to).ok()?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads `input` chunk by chunk, yielding to the browser between chunks, and reports progress.
/// Gives up silently when a newer run started (`generation` moved on) or the panel left the
/// page (`lifetime` ended); stops early, keeping what it found, when `stop` is set.
async fn run(
    data: &'static Dataset,
    input: Input,
    lifetime: Lifetime,
    generation: Rc<Cell<u32>>,
    stop: Rc<Cell<bool>>,
    progress: UseStateHandle<Option<Progress>>,
    outcome: UseStateHandle<Option<Outcome>>,
) {
    let mine = generation.get();
    let mut detector = Detector::new(data);
    let (name, total) = match &input {
        Input::Text(text) => (String::new(), text.len() as f64),
        Input::File(file) => (file.name(), file.size()),
    };
    let mut done = 0.0;
    let mut stopped = false;
    let mut text_at = 0;
    loop {
        if generation.get() != mine || lifetime.ended() {
            return;
        }
        if stop.get() {
            stopped = true;
            break;
        }
        match &input {
            Input::Text(text) => {
                if text_at >= text.len() {
                    break;
                }
                let mut end = (text_at + CHUNK).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                detector.feed(&text[text_at..end]);
                text_at = end;
                done = end as f64;
            }
            Input::File(file) => {
                if done >= total {
                    break;
                }
                let to = (done + CHUNK as f64).min(total);
                match read_slice(file, done, to).await {
                    Some(bytes) => detector.feed_bytes(&bytes),
                    // The file vanished or cannot be read: what was read is what there is.
                    None => break,
                }
                done = to;
            }
        }
        if total > CHUNK as f64 {
            progress.set(Some(Progress {
                file: name.clone(),
                percent: (100.0 * done / total) as u32,
            }));
        }
        lifetime.next_task().await;
    }
    if generation.get() != mine || lifetime.ended() {
        return;
    }
    progress.set(None);
    outcome.set(Some(Outcome {
        detection: detector.finish(),
        stopped,
    }));
}

/// Paste a page's HTML, a list of domains or a HAR file's content, or give the file itself; the
/// catalog's domains, address patterns and cookie names show which services the site uses, with
/// what each finding rests on, to add after a check. Large files are read in chunks that leave
/// the page responsive.
#[function_component(DetectPanel)]
pub fn detect_panel(props: &DetectPanelProps) -> Html {
    let data = crate::i18n::use_data();
    // Not a controlled textarea: a pasted 20 MB HAR must not be copied on every render.
    let textarea = use_node_ref();
    let outcome = use_state(|| None::<Outcome>);
    let progress = use_state(|| None::<Progress>);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    let stop = use_mut_ref(|| Rc::new(Cell::new(false)));
    let lifetime = use_lifetime();

    let start = {
        let outcome = outcome.clone();
        let progress = progress.clone();
        let generation = generation.borrow().clone();
        let stop = stop.borrow().clone();
        Callback::from(move |input: Input| {
            generation.set(generation.get().wrapping_add(1));
            stop.set(false);
            outcome.set(None);
            wasm_bindgen_futures::spawn_local(run(
                data,
                input,
                lifetime.clone(),
                generation.clone(),
                stop.clone(),
                progress.clone(),
                outcome.clone(),
            ));
        })
    };
    let find = {
        let start = start.clone();
        let textarea = textarea.clone();
        Callback::from(move |_| {
            if let Some(t) = textarea.cast::<HtmlTextAreaElement>() {
                start.emit(Input::Text(t.value()));
            }
        })
    };
    let onchange = {
        let start = start.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                start.emit(Input::File(file));
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let start = start.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                e.prevent_default();
                start.emit(Input::File(file));
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_stop = {
        let stop = stop.borrow().clone();
        Callback::from(move |_| stop.set(true))
    };

    fn name_of<'a>(data: &'a Dataset, id: &'a VendorId) -> &'a str {
        data.vendors
            .iter()
            .find(|v| &v.id == id)
            .map_or(id.as_str(), |v| v.name.as_str())
    }
    html! {
        <details class="detect">
            <summary>{ t!(data, "ui-detect-title") }</summary>
            <label for="detect-input">{ t!(data, "ui-detect-input") }</label>
            <textarea id="detect-input" rows="6" ref={textarea} {ondrop} {ondragover} />
            <button type="button" id="detect-run" onclick={find}>{ t!(data, "ui-detect-run") }</button>
            <label for="detect-file">{ t!(data, "ui-detect-file") }</label>
            <input type="file" id="detect-file" accept=".har,.html,.htm,.txt,.json,text/html,text/plain,application/json" {onchange} />
            if let Some(p) = &*progress {
                <div class="detect-progress">
                    <progress id="detect-progress" max="100" value={p.percent.to_string()} aria-labelledby="detect-reading" />
                    <span role="status" id="detect-reading">{ t!(data, "ui-detect-reading", file = p.file.as_str(), percent = p.percent) }</span>
                    { " " }
                    <button type="button" class="secondary" id="detect-stop" onclick={on_stop}>{ t!(data, "ui-detect-stop") }</button>
                </div>
            }
            { match &*outcome {
                None => html! {},
                Some(Outcome { detection, stopped }) => {
                    let kind = match detection.kind {
                        InputKind::Har => "har",
                        InputKind::Html => "html",
                        InputKind::Text => "text",
                    };
                    let missing: Vec<VendorId> = detection
                        .findings
                        .iter()
                        .map(|f| f.vendor.clone())
                        .filter(|v| !props.selected.contains(v))
                        .collect();
                    let add_all = {
                        let on_msg = props.on_msg.clone();
                        let missing = missing.clone();
                        Callback::from(move |_| {
                            for id in &missing {
                                on_msg.emit(Msg::SelectVendor(id.clone()));
                            }
                        })
                    };
                    html! {
                        <>
                            if let Some(problem) = &detection.problem {
                                <div class="error" role="alert" id="detect-problem">
                                    <p>{ problem.describe(data) }</p>
                                    if !detection.findings.is_empty() {
                                        <p>{ t!(data, "ui-detect-partial") }</p>
                                    }
                                </div>
                            }
                            if *stopped {
                                <p role="status" id="detect-stopped">{ t!(data, "ui-detect-stopped") }</p>
                            }
                            <p role="status" id="detect-summary">{ t!(data, "ui-detect-summary", kind = kind, addresses = detection.addresses, found = detection.findings.len()) }</p>
                            if detection.findings.is_empty() {
                                <p role="status" id="detect-none">{ t!(data, "ui-detect-none") }</p>
                            } else {
                                <ul class="findings" id="detect-findings">
                                    { for detection.findings.iter().map(|f| {
                                        let name = name_of(data, &f.vendor);
                                        let added = props.selected.contains(&f.vendor);
                                        let on_msg = props.on_msg.clone();
                                        let id = f.vendor.clone();
                                        let evidence: Vec<String> = f.evidence.iter().map(|e| e.describe(data)).collect();
                                        html! {
                                            <li data-finding={f.vendor.to_string()}>
                                                <strong>{ name }</strong>{ " — " }{ t!(data, "ui-detect-found", evidence = evidence.join(", ")) }{ " " }
                                                if added {
                                                    <span class="ok">{ t!(data, "ui-detect-added") }</span>
                                                } else {
                                                    <button type="button" class="secondary" id={format!("detect-add-{}", f.vendor)}
                                                        onclick={Callback::from(move |_| on_msg.emit(Msg::SelectVendor(id.clone())))}>{ t!(data, "ui-detect-add", vendor = name) }</button>
                                                }
                                            </li>
                                        }
                                    }) }
                                </ul>
                                if missing.len() > 1 {
                                    <button type="button" id="detect-add-all" onclick={add_all}>{ t!(data, "ui-detect-add-all") }</button>
                                }
                            }
                        </>
                    }
                }
            } }
        </details>
    }
}
