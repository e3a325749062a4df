use gloo::file::callbacks::FileReader;
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::dataset;
use vendorplan_core::session::Msg;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// Files larger than this are refused before they are read: a plan or answers file is a few
/// kilobytes, and reading 50 MB would freeze the page for nothing.
const MAX_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct FileImportProps {
    pub on_msg: Callback<Msg>,
}

/// Import a saved plan or answers file by picker or drag and drop. A file that cannot be read
/// leaves the current work as it is and says why.
#[function_component(FileImport)]
pub fn file_import(props: &FileImportProps) -> Html {
    let status = use_state(|| None::<Result<String, Vec<String>>>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let read = {
        let status = status.clone();
        let on_msg = props.on_msg.clone();
        let reader = reader.clone();
        Callback::from(move |file: web_sys::File| {
            let file = gloo::file::File::from(file);
            if file.size() as f64 > MAX_BYTES {
                status.set(Some(Err(vec![format!(
                    "`{}` is {:.1} MB; a Vendorplan file is far smaller, so it was not read.",
                    file.name(),
                    file.size() as f64 / 1048576.0
                )])));
                return;
            }
            let name = file.name();
            let status = status.clone();
            let on_msg = on_msg.clone();
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Err(e) => {
                        status.set(Some(Err(vec![format!("`{name}` could not be read: {e}")])))
                    }
                    Ok(text) => match AnswersFile::parse(&text, dataset()) {
                        Ok(answers) => {
                            on_msg.emit(Msg::Load(answers));
                            status.set(Some(Ok(format!("Imported `{name}`."))));
                        }
                        Err(errors) => {
                            status.set(Some(Err(errors.iter().map(ToString::to_string).collect())))
                        }
                    },
                },
            ));
        })
    };
    let onchange = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read.emit(file);
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let read = read.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read.emit(file);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="import" {ondrop} {ondragover}>
            <label for="import-file">{ "Import a saved plan or answers file (or drop it here)" }</label>
            <input type="file" id="import-file" accept=".json,application/json" {onchange} />
            { match &*status {
                None => html! {},
                Some(Ok(message)) => html! { <p class="ok" role="status" id="import-status">{ message }</p> },
                Some(Err(errors)) => html! {
                    <div class="error" role="alert" id="import-error">
                        <p>{ "This file was not imported; your current answers are unchanged:" }</p>
                        <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    </div>
                },
            } }
        </div>
    }
}
