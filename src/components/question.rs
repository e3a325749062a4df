use vendorplan_core::answers::{Answer, AnswerKey, UNKNOWN};
use vendorplan_core::data::t;
use vendorplan_core::session::Msg;
use vendorplan_data::{Choice, QuestionKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub answer_key: AnswerKey,
    pub text: AttrValue,
    pub why: AttrValue,
    pub kind: QuestionKind,
    pub options: Vec<Choice>,
    pub answer: Option<Answer>,
    pub on_msg: Callback<Msg>,
}

/// A key that sorts names the way a reader expects: case and accents do not move "États-Unis"
/// or "Österreich" behind "Zypern".
fn sort_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'š' => out.push('s'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ž' => out.push('z'),
            c => out.push(c),
        }
    }
    out
}

/// One question with its "why we ask" and an "I don't know" on every kind.
#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let data = crate::i18n::use_data();
    let name = format!("q-{}", props.answer_key);
    let set = {
        let key = props.answer_key.clone();
        let on_msg = props.on_msg.clone();
        Callback::from(move |answer: Option<Answer>| {
            on_msg.emit(match answer {
                Some(a) => Msg::Answer(key.clone(), a),
                None => Msg::ClearAnswer(key.clone()),
            })
        })
    };
    let current = props.answer.as_ref();
    let is = |value: &str| matches!(current, Some(Answer::Text(t)) if t == value);

    // Radio choices, always ending with "I don't know".
    let radios = |choices: Vec<(String, String)>| -> Html {
        html! {
            <div class="choices" role="radiogroup">
                { for choices.into_iter().map(|(value, label)| {
                    let id = format!("{name}-{value}");
                    let onchange = {
                        let set = set.clone();
                        let value = value.clone();
                        Callback::from(move |_: Event| set.emit(Some(Answer::Text(value.clone()))))
                    };
                    html! {
                        <span class="choice">
                            <input type="radio" id={id.clone()} name={name.clone()} value={value.clone()} checked={is(&value)} {onchange} />
                            <label for={id}>{ label }</label>
                        </span>
                    }
                }) }
            </div>
        }
    };
    let unknown = (UNKNOWN.to_owned(), t!(data, "ui-unknown"));

    let control = match props.kind {
        QuestionKind::YesNo => radios(vec![
            ("yes".into(), t!(data, "ui-yes")),
            ("no".into(), t!(data, "ui-no")),
            unknown,
        ]),
        QuestionKind::Choice => {
            let mut choices: Vec<(String, String)> = props
                .options
                .iter()
                .map(|o| (o.id.clone(), o.label.clone()))
                .collect();
            choices.push(unknown);
            radios(choices)
        }
        QuestionKind::Country => {
            let onchange = {
                let set = set.clone();
                Callback::from(move |e: Event| {
                    let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                    set.emit(if value.is_empty() {
                        None
                    } else {
                        Some(Answer::Text(value))
                    });
                })
            };
            let selected = match current {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let mut countries: Vec<_> = data.countries.iter().collect();
            countries.sort_by_cached_key(|c| sort_key(&c.name));
            html! {
                <select id={name.clone()} aria-labelledby={format!("{name}-text")} {onchange}>
                    <option value="" selected={selected.is_empty()}>{ t!(data, "ui-question-choose") }</option>
                    <option value={UNKNOWN} selected={selected == UNKNOWN}>{ t!(data, "ui-unknown") }</option>
                    { for countries.into_iter().map(|c| html! {
                        <option value={c.code.to_string()} selected={selected == c.code.as_str()}>{ &c.name }</option>
                    }) }
                </select>
            }
        }
        QuestionKind::MultiChoice => {
            let chosen: Vec<String> = match current {
                Some(Answer::List(items)) => items.clone(),
                _ => Vec::new(),
            };
            let mut boxes: Vec<(String, String)> = props
                .options
                .iter()
                .map(|o| (o.id.clone(), o.label.clone()))
                .collect();
            boxes.push(unknown);
            html! {
                <div class="choices">
                    { for boxes.into_iter().map(|(value, label)| {
                        let id = format!("{name}-{value}");
                        let checked = if value == UNKNOWN { current.is_some_and(Answer::is_unknown) } else { chosen.contains(&value) };
                        let onchange = {
                            let set = set.clone();
                            let chosen = chosen.clone();
                            let value = value.clone();
                            Callback::from(move |e: Event| {
                                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                if value == UNKNOWN {
                                    set.emit(on.then(Answer::unknown));
                                    return;
                                }
                                let mut next: Vec<String> = chosen.iter().filter(|c| **c != value).cloned().collect();
                                if on {
                                    next.push(value.clone());
                                }
                                set.emit(Some(Answer::List(next)));
                            })
                        };
                        html! {
                            <span class="choice">
                                <input type="checkbox" id={id.clone()} value={value.clone()} {checked} {onchange} />
                                <label for={id}>{ label }</label>
                            </span>
                        }
                    }) }
                </div>
            }
        }
        QuestionKind::Number => {
            let oninput = {
                let set = set.clone();
                Callback::from(move |e: InputEvent| {
                    let value = e.target_unchecked_into::<HtmlInputElement>().value();
                    set.emit(
                        value
                            .trim()
                            .parse::<f64>()
                            .ok()
                            .filter(|n| n.is_finite() && *n >= 0.0)
                            .map(Answer::Number),
                    );
                })
            };
            let on_unknown = {
                let set = set.clone();
                Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    set.emit(on.then(Answer::unknown));
                })
            };
            let value = match current {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            let is_unknown = current.is_some_and(Answer::is_unknown);
            html! {
                <div class="number">
                    <input type="number" min="0" step="1" inputmode="numeric" id={name.clone()} aria-labelledby={format!("{name}-text")} {value} {oninput} disabled={is_unknown} />
                    <span class="choice">
                        <input type="checkbox" id={format!("{name}-unknown")} checked={is_unknown} onchange={on_unknown} />
                        <label for={format!("{name}-unknown")}>{ t!(data, "ui-unknown") }</label>
                    </span>
                </div>
            }
        }
    };

    html! {
        <fieldset class="question" data-question={props.answer_key.to_string()}>
            <legend id={format!("{name}-text")}>{ props.text.clone() }</legend>
            <p class="why">{ props.why.clone() }</p>
            { control }
        </fieldset>
    }
}
