//! What the visitor sees when the app crashes.
//!
//! The release build aborts on a panic (`panic = "abort"`), which leaves the wasm instance
//! unusable: Yew cannot render again and no Rust callback can be trusted. So the panic hook
//! draws a notice with plain DOM calls into every mounted widget's root, in that widget's
//! language, with a link that reloads the page. The texts are prepared beforehand, whenever a
//! widget's language changes ([`register`]), because a panicking app cannot look anything up.
//! From then on nothing is saved ([`crashed`]), so the last good save stays as it was, and no
//! widget renders the app again: one placed on the page after the crash shows the notice too
//! ([`show_in`]), as a working app that cannot save would lose the visitor's work.

use std::cell::{Cell, RefCell};

use vendorplan_core::data::{t, Dataset};
use wasm_bindgen::prelude::*;

/// The notice in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    pub lang: String,
    pub title: String,
    pub body: String,
    pub reload: String,
}

impl Texts {
    /// The notice in the language of `data`.
    pub fn new(data: &Dataset) -> Texts {
        Texts {
            lang: data.lang().to_owned(),
            title: t!(data, "rel-crash-title"),
            body: t!(data, "rel-crash-body"),
            reload: t!(data, "rel-crash-reload"),
        }
    }
}

struct Mounted {
    id: u32,
    root: web_sys::Element,
    texts: Texts,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static CRASHED: Cell<bool> = const { Cell::new(false) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Whether the app has crashed; nothing may be saved after that.
pub fn crashed() -> bool {
    CRASHED.with(Cell::get)
}

/// A new id for [`register`].
pub fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// Where widget `id` is mounted and what its notice says; called again when its language
/// changes.
pub fn register(id: u32, root: web_sys::Element, texts: Texts) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.retain(|w| w.id != id);
            m.push(Mounted { id, root, texts });
        }
    });
}

/// The widget left the page.
pub fn unregister(id: u32) {
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            m.retain(|w| w.id != id);
        }
    });
}

/// Installs the hook; [`crate::start`] calls it before anything else. Through Yew, because
/// its renderer replaces any hook not set this way with its own console logger.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        CRASHED.with(|c| c.set(true));
        // For whoever investigates: the console keeps the reason.
        console_error(&format!("Vendorplan crashed: {info}"));
        MOUNTED.with(|m| {
            if let Ok(m) = m.try_borrow() {
                for w in m.iter() {
                    let _ = show(&w.root, &w.texts);
                }
            }
        });
    }));
}

/// Draws the notice into `mount`, an element of a widget's shadow root that no app renders
/// into, for a widget placed on the page after the crash.
pub fn show_in(mount: &web_sys::Element, texts: &Texts) {
    let _ = show(mount, texts);
}

/// Replaces the dead app in `root` with the notice. The reload is a link to this page, not a
/// script: it must work when no code of ours can run any more, under a policy that forbids
/// inline scripts. The fragment is dropped, as a link that differs only by it would not reload.
fn show(root: &web_sys::Element, texts: &Texts) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let href = gloo::utils::window().location().href()?;
    let href = href.split('#').next().unwrap_or_default();
    // On Vendorplan's own page the notice is the page; in a host's page, one part of it.
    let own_page = root.tag_name().eq_ignore_ascii_case("body");
    let notice = document.create_element(if own_page { "main" } else { "div" })?;
    notice.set_id("crashed");
    notice.set_class_name("vendorplan crashed");
    notice.set_attribute("lang", &texts.lang)?;
    let alert = document.create_element("div")?;
    alert.set_attribute("role", "alert")?;
    let title = document.create_element(if own_page { "h1" } else { "h2" })?;
    title.set_text_content(Some(&texts.title));
    let body = document.create_element("p")?;
    body.set_text_content(Some(&texts.body));
    let reload = document.create_element("a")?;
    reload.set_id("crash-reload");
    reload.set_class_name("button");
    reload.set_attribute("href", href)?;
    reload.set_attribute("target", "_self")?;
    reload.set_text_content(Some(&texts.reload));
    alert.append_child(&title)?;
    alert.append_child(&body)?;
    notice.append_child(&alert)?;
    notice.append_child(&reload)?;
    match root.parent_node() {
        // In a widget, the notice takes the place of the element the app rendered into, and
        // the app's event listeners, which are on that element, go with it: nothing in the
        // notice calls into the dead app.
        Some(_) if !own_page => root.replace_with_with_node_1(&notice)?,
        _ => {
            root.set_inner_html("");
            root.append_child(&notice)?;
        }
    }
    Ok(())
}

/// Crashes the app on purpose, to see (and test) the notice. Only a script already running in
/// the page can call it, and such a script could do anything to the page anyway; a framing
/// page of another origin cannot reach it, and it changes nothing stored.
#[wasm_bindgen]
pub fn simulate_crash() {
    panic!("simulate_crash() was called");
}
