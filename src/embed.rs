//! The widget in someone else's page, two ways.
//!
//! - `<vendor-plan>`: `dist/vendorplan.js` defines the custom element (a shadow root, our
//!   stylesheet in it) and hands it to [`Widget`], which reads the element's attributes and
//!   renders the app inside. Attributes take effect when they change; the host hears about the
//!   plan through `CustomEvent`s.
//! - `dist/embed.html` in an `<iframe>`, for hosts with strict policies or old setups: the same
//!   settings come from the query string, events go to the parent by `postMessage`, and the
//!   parent can send `vendorplan:configure`, but only from an origin listed in `origins`;
//!   messages from any other origin are ignored.
//!
//! Events carry counts and vendor ids, never answers (see the README).

use serde_json::json;
use vendorplan_core::dataset;
use vendorplan_data::VendorId;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::storage::ANSWERS_KEY;
use crate::view::Step;
use strum::IntoEnumIterator;

/// Where events go.
#[derive(Clone, Debug, PartialEq)]
pub enum Channel {
    /// The `<vendor-plan>` element: events are dispatched from it, the theme is set on it.
    Element(HtmlElement),
    /// The page that frames `embed.html`, reached by `postMessage` at these origins only.
    Parent { origins: Vec<String> },
}

/// What the host page configured, from the element's attributes or the frame's query string.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    pub channel: Channel,
    /// Vendors to select when the attribute is set or changes (`vendors="jumpcloud,stripe"`);
    /// ids the catalog does not know are ignored.
    pub vendors: Vec<VendorId>,
    /// Where this widget autosaves: each widget on a page needs its own.
    pub storage_key: String,
    /// No page header and tighter spacing, for narrow places.
    pub compact: bool,
    /// Steps the host does not want shown (`hide-steps="questions"`); the plan is always kept.
    pub hidden: Vec<Step>,
    /// The language the host asks for (`lang="de"`); the visitor's own choice wins.
    pub lang: Option<String>,
    /// The URL of the folder the widget's files are served from, where the language files
    /// are; empty for a page of that folder itself.
    pub assets: String,
}

/// Steps named in a list such as `questions`; the plan step cannot be hidden, as it is what the
/// visitor comes for.
fn step_list(list: &str) -> Vec<Step> {
    Step::iter()
        .filter(|s| *s != Step::Plan)
        .filter(|s| list.split([',', ' ']).any(|name| name.trim() == s.name()))
        .collect()
}

/// Catalog vendor ids from a list such as `jumpcloud,stripe`; unknown ids are ignored.
pub fn vendor_list(list: &str) -> Vec<VendorId> {
    list.split([',', ' '])
        .map(str::trim)
        .map(VendorId::from)
        .filter(|id| dataset().vendor(id).is_some())
        .collect()
}

impl Embed {
    pub fn from_host(host: &HtmlElement, assets: &str) -> Embed {
        let attr = |name: &str| host.get_attribute(name);
        // `storage-key`, else the element's id, keeps several widgets apart.
        let instance = attr("storage-key")
            .or_else(|| Some(host.id()).filter(|id| !id.is_empty()))
            .unwrap_or_else(|| "embed".to_owned());
        Embed {
            channel: Channel::Element(host.clone()),
            vendors: vendor_list(&attr("vendors").unwrap_or_default()),
            storage_key: format!("{ANSWERS_KEY}.{instance}"),
            compact: host.has_attribute("compact"),
            hidden: step_list(&attr("hide-steps").unwrap_or_default()),
            lang: attr("lang"),
            assets: assets.to_owned(),
        }
    }

    /// The settings of `embed.html` from its query string: `vendors`, `storage-key`,
    /// `compact`, and `origins`, the parent origins allowed to talk to it.
    pub fn from_frame() -> Embed {
        let query = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&query).ok();
        let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
        let origins = get("origins")
            .unwrap_or_default()
            .split([',', ' '])
            .map(|o| o.trim().trim_end_matches('/').to_owned())
            .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
            .collect();
        let instance = get("storage-key").unwrap_or_else(|| "frame".to_owned());
        Embed {
            channel: Channel::Parent { origins },
            vendors: vendor_list(&get("vendors").unwrap_or_default()),
            storage_key: format!("{ANSWERS_KEY}.{instance}"),
            compact: get("compact").is_some(),
            hidden: step_list(&get("hide-steps").unwrap_or_default()),
            lang: get("lang"),
            assets: String::new(),
        }
    }

    /// The element the theme is set on, when there is one.
    pub fn theme_target(&self) -> Option<HtmlElement> {
        match &self.channel {
            Channel::Element(host) => Some(host.clone()),
            Channel::Parent { .. } => None,
        }
    }

    /// Whether a message from `origin` may configure this widget.
    pub fn allows(&self, origin: &str) -> bool {
        matches!(&self.channel, Channel::Parent { origins } if origins.iter().any(|o| o == origin))
    }

    /// Sends `vendorplan:<name>`: from the element (it bubbles and leaves the shadow root), or
    /// to the parent page at each allowed origin (the browser delivers it only to the one the
    /// parent really has).
    pub fn emit(&self, name: &str, detail: serde_json::Value) {
        let kind = format!("vendorplan:{name}");
        match &self.channel {
            Channel::Element(host) => {
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_composed(true);
                if let Ok(detail) = js_sys::JSON::parse(&detail.to_string()) {
                    init.set_detail(&detail);
                }
                if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&kind, &init) {
                    let _ = host.dispatch_event(&event);
                }
            }
            Channel::Parent { origins } => {
                let window = gloo::utils::window();
                let Ok(Some(parent)) = window.parent() else {
                    return;
                };
                let message = json!({ "type": kind, "detail": detail }).to_string();
                let Ok(message) = js_sys::JSON::parse(&message) else {
                    return;
                };
                for origin in origins {
                    let _ = parent.post_message(&message, origin);
                }
            }
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

/// `embed.html` in a frame: renders the app configured by the query string, and lets the
/// allowed parent origins change the vendors with `{type: "vendorplan:configure", vendors:
/// [..]}`. Anything else, from anywhere else, is ignored.
pub fn start_frame() {
    let embed = Embed::from_frame();
    let handle = std::rc::Rc::new(std::cell::RefCell::new(
        yew::Renderer::<App>::with_root_and_props(
            gloo::utils::body().into(),
            AppProps {
                embed: Some(embed.clone()),
            },
        )
        .render(),
    ));
    let listener = gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if !embed.allows(&e.origin()) {
            return;
        }
        let data = e.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        if field("type").and_then(|t| t.as_string()).as_deref() != Some("vendorplan:configure") {
            return;
        }
        let Some(vendors) = field("vendors").filter(js_sys::Array::is_array) else {
            return;
        };
        let list: Vec<String> = js_sys::Array::from(&vendors)
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        let configured = Embed {
            vendors: vendor_list(&list.join(",")),
            ..embed.clone()
        };
        handle.borrow_mut().update(AppProps {
            embed: Some(configured),
        });
    });
    // The frame's page lives as long as the listener is needed.
    listener.forget();
}

/// One mounted widget, owned by its `<vendor-plan>` element.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    assets: String,
    /// The element the app renders into, inside `root`; a new one for each mount.
    mount: Option<Element>,
    handle: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the app into `root` (inside the element's shadow root), configured by `host`.
    #[wasm_bindgen(constructor)]
    /// `assets` is the URL of the folder `vendorplan.js` was loaded from.
    pub fn new(host: HtmlElement, root: Element, assets: String) -> Widget {
        let embed = Embed::from_host(&host, &assets);
        let crashed = crate::crash::crashed();
        if crashed {
            // A notice left from before the host took the element out and put it back.
            root.set_inner_html("");
        }
        // Yew listens for events on the element it renders into and never stops listening. So
        // each mount gets an element of its own, taken out when the widget leaves: the old
        // listeners stay on an element nothing reaches, not on `root`, which comes back with
        // the element when a host puts it back.
        let mount = gloo::utils::document()
            .create_element("div")
            .ok()
            .filter(|m| root.append_child(m).is_ok());
        // After a crash the app is not rendered again, here either: it could not save.
        if crashed {
            let lang = crate::i18n::initial(
                crate::storage::load_language(&embed.storage_key).as_deref(),
                embed.lang.as_deref(),
            );
            let texts = crate::crash::Texts::new(vendorplan_core::catalog::dataset_in(&lang));
            crate::crash::show_in(mount.as_ref().unwrap_or(&root), &texts);
            return Widget {
                host,
                assets,
                mount,
                handle: None,
            };
        }
        let target = mount.clone().unwrap_or(root);
        let props = AppProps { embed: Some(embed) };
        let handle = yew::Renderer::<App>::with_root_and_props(target, props).render();
        Widget {
            host,
            assets,
            mount,
            handle: Some(handle),
        }
    }

    /// Reads the attributes again, after the host changed one; after a crash, the notice stays.
    pub fn configure(&mut self) {
        if crate::crash::crashed() {
            return;
        }
        if let Some(handle) = &mut self.handle {
            handle.update(AppProps {
                embed: Some(Embed::from_host(&self.host, &self.assets)),
            });
        }
    }

    /// Unmounts the app when the element leaves the page: its listeners on the window, its
    /// timers and its downloads end with it (see [`crate::lifetime`]).
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        if let Some(mount) = self.mount.take() {
            mount.remove();
        }
    }
}
