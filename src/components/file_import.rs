use gloo::file::callbacks::FileReader;
use vendorplan_core::answers::{check_file_size, AnswersFile, ImportError};
use vendorplan_core::data::t;
use vendorplan_core::session::Msg;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// What became of the last file, kept as facts so that it reads in the language shown.
#[derive(Clone, PartialEq)]
enum Status {
    Imported { file: String },
    Unreadable { file: String, error: String },
    Invalid(Vec<ImportError>),
}

#[derive(Properties, PartialEq)]
pub struct FileImportProps {
    pub on_msg: Callback<Msg>,
}

/// Import a saved plan or answers file by picker or drag and drop. A file that cannot be read
/// leaves the current work as it is and says why.
#[function_component(FileImport)]
pub fn file_import(props: &FileImportProps) -> Html {
    let data = crate::i18n::use_data();
    let status = use_state(|| None::<Status>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let read = {
        let status = status.clone();
        let on_msg = props.on_msg.clone();
        let reader = reader.clone();
        Callback::from(move |file: web_sys::File| {
            let file = gloo::file::File::from(file);
            // Refused before reading: a 50 MB file would freeze the page for nothing.
            if let Err(e) = check_file_size(file.size()) {
                status.set(Some(Status::Invalid(vec![e])));
                return;
            }
            let name = file.name();
            let status = status.clone();
            let on_msg = on_msg.clone();
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Err(e) => status.set(Some(Status::Unreadable {
                        file: name,
                        error: e.to_string(),
                    })),
                    Ok(text) => match AnswersFile::parse(&text, data) {
                        Ok(answers) => {
                            on_msg.emit(Msg::Load(answers));
                            status.set(Some(Status::Imported { file: name }));
                        }
                        Err(errors) => status.set(Some(Status::Invalid(errors))),
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
            <label for="import-file">{ t!(data, "ui-import-label") }</label>
            <input type="file" id="import-file" accept=".json,application/json" {onchange} />
            { match &*status {
                None => html! {},
                Some(Status::Imported { file }) => html! {
                    <p class="ok" role="status" id="import-status">{ t!(data, "ui-import-done", file = file.as_str()) }</p>
                },
                Some(problem) => {
                    let errors: Vec<String> = match problem {
                        Status::Unreadable { file, error } => vec![t!(data, "ui-import-unreadable", file = file.as_str(), error = error.as_str())],
                        Status::Invalid(errors) => errors.iter().map(|e| e.describe(data)).collect(),
                        Status::Imported { .. } => Vec::new(),
                    };
                    html! {
                        <div class="error" role="alert" id="import-error">
                            <p>{ t!(data, "ui-import-failed") }</p>
                            <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                        </div>
                    }
                }
            } }
        </div>
    }
}
