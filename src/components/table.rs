use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub caption: AttrValue,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Html>>,
    #[prop_or_default]
    pub empty: AttrValue,
}

/// One register as an accessible table that scrolls sideways on narrow screens.
#[function_component(Table)]
pub fn table(props: &TableProps) -> Html {
    if props.rows.is_empty() {
        return html! { <p class="empty">{ props.empty.clone() }</p> };
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table>
                <caption>{ props.caption.clone() }</caption>
                <thead><tr>{ for props.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for props.rows.iter().map(|row| html! { <tr>{ for row.iter().map(|cell| html! { <td>{ cell.clone() }</td> }) }</tr> }) }
                </tbody>
            </table>
        </div>
    }
}
