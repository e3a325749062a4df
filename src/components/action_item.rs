use vendorplan_core::data::t;
use vendorplan_core::explain;
use vendorplan_core::plan::Action;
use vendorplan_core::session::Msg;
use vendorplan_data::vocabulary::label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActionItemProps {
    pub action: Action,
    pub done: bool,
    /// The visitor's note on this action; empty for none.
    pub note: AttrValue,
    pub on_msg: Callback<Msg>,
}

/// One action, expandable to what to do, its legal references and why it is in the plan.
#[function_component(ActionItem)]
pub fn action_item(props: &ActionItemProps) -> Html {
    let a = &props.action;
    let data = crate::i18n::use_data();
    let vocab = &data.vocabulary;
    let tick = {
        let id = a.id.clone();
        let on_msg = props.on_msg.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            on_msg.emit(Msg::SetDone(id.clone(), on));
        })
    };
    let tick_id = format!("done-{}", a.id);
    let note_id = format!("note-{}", a.id);
    // Saved when the field loses focus, not on every keystroke: each change rebuilds the plan.
    let note = {
        let id = a.id.clone();
        let on_msg = props.on_msg.clone();
        Callback::from(move |e: Event| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            on_msg.emit(Msg::SetNote(id.clone(), text));
        })
    };
    html! {
        <li class={classes!("action", format!("priority-{}", a.priority), a.assumed.then_some("assumed"), props.done.then_some("done"))} data-action-id={a.id.clone()}>
            <input type="checkbox" class="tick" id={tick_id.clone()} checked={props.done} onchange={tick} />
            <label class="visually-hidden" for={tick_id}>{ t!(data, "ui-action-done", action = a.title.as_str()) }</label>
            <details>
                <summary>
                    <span class="badge">{ label(&vocab.priority, &a.priority) }</span>
                    <span class="action-title">{ &a.title }</span>
                    <span class="owner">{ label(&vocab.owner, &a.owner) }</span>
                    if a.assumed {
                        <span class="assumption">{ t!(data, "ui-action-assumption") }</span>
                    }
                    if !props.note.is_empty() {
                        <span class="has-note">{ t!(data, "ui-action-has-note") }</span>
                    }
                </summary>
                <p>{ &a.what }</p>
                <p class="due"><strong>{ t!(data, "ui-action-when") }</strong>{ " " }{ &a.due }</p>
                { for a.details.iter().map(|d| html! {
                    <p class="detail">
                        <strong>{ t!(data, "ui-label-colon", label = d.label.as_str()) }</strong>{ " " }{ &d.text }
                        if let Some(link) = &d.link {
                            { " " }<a href={link.clone()} rel="noopener noreferrer" target="_blank">{ link }</a>
                        }
                    </p>
                }) }
                <h3>{ t!(data, "ui-action-why") }</h3>
                <ul class="because">
                    { for a.because.iter().map(|r| html! { <li>{ explain::reason(data, r) }</li> }) }
                </ul>
                <h3>{ t!(data, "ui-action-legal-basis") }</h3>
                <ul class="references">
                    { for a.references.iter().filter_map(|r| data.reference(r)).map(|r| html! {
                        <li><a href={r.url.clone()} rel="noopener noreferrer" target="_blank">{ &r.citation }</a>{ format!(" — {}", r.title) }</li>
                    }) }
                </ul>
                <h3><label for={note_id.clone()}>{ t!(data, "ui-action-note") }</label></h3>
                <textarea id={note_id} class="note" rows="2" maxlength={vendorplan_core::answers::MAX_NOTE.to_string()}
                    placeholder={t!(data, "ui-action-note-placeholder")}
                    value={props.note.clone()} onchange={note} />
            </details>
        </li>
    }
}
