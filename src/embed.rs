//! `<vendor-plan>`: the widget as a custom element in someone else's page. `dist/vendorplan.js`
//! defines the element (a shadow root, our stylesheet in it) and hands it to [`Widget`], which
//! reads the element's attributes and renders the app inside. Attributes (documented in the
//! README) take effect when they change; the host hears about the plan through `CustomEvent`s
//! that carry counts and vendor ids, never answers.

use serde_json::json;
use vendorplan_core::dataset;
use vendorplan_data::VendorId;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::storage::ANSWERS_KEY;

/// What the host page configured, from the element's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    /// The element itself: events are dispatched from it, the theme is set on it.
    pub host: HtmlElement,
    /// Vendors to select when the attribute is set or changes (`vendors="jumpcloud,stripe"`);
    /// ids the catalog does not know are ignored.
    pub vendors: Vec<VendorId>,
    /// Where this widget autosaves: each widget on a page needs its own.
    pub storage_key: String,
    /// No page header and tighter spacing, for narrow places.
    pub compact: bool,
}

impl Embed {
    pub fn from_host(host: &HtmlElement) -> Embed {
        let attr = |name: &str| host.get_attribute(name);
        let vendors = attr("vendors")
            .unwrap_or_default()
            .split([',', ' '])
            .map(str::trim)
            .map(VendorId::from)
            .filter(|id| dataset().vendor(id).is_some())
            .collect();
        // `storage-key`, else the element's id, keeps several widgets apart.
        let instance = attr("storage-key")
            .or_else(|| Some(host.id()).filter(|id| !id.is_empty()))
            .unwrap_or_else(|| "embed".to_owned());
        Embed {
            host: host.clone(),
            vendors,
            storage_key: format!("{ANSWERS_KEY}.{instance}"),
            compact: host.has_attribute("compact"),
        }
    }

    /// Sends `vendorplan:<name>` from the element; it bubbles and leaves the shadow root.
    pub fn emit(&self, name: &str, detail: serde_json::Value) {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(detail) = js_sys::JSON::parse(&detail.to_string()) {
            init.set_detail(&detail);
        }
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("vendorplan:{name}"), &init)
        {
            let _ = self.host.dispatch_event(&event);
        }
    }

    /// The plan's counts for `vendorplan:plan-changed`.
    pub fn plan_changed(&self, plan: &vendorplan_core::Plan) {
        let c = plan.summary.actions;
        self.emit(
            "plan-changed",
            json!({
                "vendors": plan.summary.vendors.len(),
                "actions": c.total(),
                "high": c.high,
                "medium": c.medium,
                "low": c.low,
                "unanswered": plan.summary.unanswered,
            }),
        );
    }
}

/// One mounted widget, owned by its `<vendor-plan>` element.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    handle: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the app into `root` (inside the element's shadow root), configured by `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: Element) -> Widget {
        let props = AppProps {
            embed: Some(Embed::from_host(&host)),
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
        Widget {
            host,
            handle: Some(handle),
        }
    }

    /// Reads the attributes again, after the host changed one.
    pub fn configure(&mut self) {
        if let Some(handle) = &mut self.handle {
            handle.update(AppProps {
                embed: Some(Embed::from_host(&self.host)),
            });
        }
    }

    /// Unmounts the app, its listeners and timers, when the element leaves the page.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}
