//! A large HAR file for the detection tests, shared by the native test
//! (`crates/vendorplan-core/tests/detect.rs`) and the browser test (`tests/e2e/detect.rs`), so
//! that both read the same kind of file.

/// A HAR of `size` bytes as DevTools writes it: entries to a few thousand hosts with response
/// bodies that name vendors (which must not count), and requests to three catalog vendors.
pub fn big_har(size: usize) -> String {
    let mut out = String::from("{\n \"log\": {\n  \"version\": \"1.2\",\n  \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},\n  \"pages\": [{\"startedDateTime\": \"2025-11-18T09:14:00.000Z\", \"id\": \"page_1\", \"title\": \"https://www.example-shop.test/\", \"pageTimings\": {}}],\n  \"entries\": [\n");
    let body = "<p>We use <a href=\\\"https://www.hotjar.com\\\">Hotjar</a>?</p><script src=\\\"https://connect.facebook.net/en_US/fbevents.js\\\"></script>\\n".repeat(30);
    let catalog = [
        "https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234",
        "https://static.hotjar.com/c/hotjar-3712345.js?sv=6",
        "https://js.stripe.com/v3/",
    ];
    let mut i = 0;
    while out.len() < size {
        let url = if i % 997 == 500 {
            catalog[(i / 997) % 3].to_owned()
        } else {
            format!(
                "https://cdn{}.host{}.example/static/{}/chunk-{i}.js?v={}",
                i % 50,
                i % 211,
                i % 7,
                i * 31
            )
        };
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&format!(
            "   {{\"startedDateTime\": \"2025-11-18T09:14:01.{:03}Z\", \"time\": 12.5, \"request\": {{\"method\": \"GET\", \"url\": \"{url}\", \"httpVersion\": \"http/2.0\", \"headers\": [{{\"name\": \"accept\", \"value\": \"*/*\"}}, {{\"name\": \"cookie\", \"value\": \"sid=1; theme=dark\"}}], \"queryString\": [], \"cookies\": [{{\"name\": \"sid\", \"value\": \"1\"}}], \"headersSize\": -1, \"bodySize\": 0}}, \"response\": {{\"status\": 200, \"statusText\": \"\", \"httpVersion\": \"http/2.0\", \"headers\": [{{\"name\": \"content-type\", \"value\": \"text/html\"}}, {{\"name\": \"set-cookie\", \"value\": \"cart=1; Path=/\"}}], \"cookies\": [], \"content\": {{\"size\": 4000, \"mimeType\": \"text/html\", \"text\": \"{body}\"}}, \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": -1}}, \"cache\": {{}}, \"timings\": {{\"send\": 0.1, \"wait\": 10.2, \"receive\": 2.2}}}}",
            i % 1000
        ));
        i += 1;
    }
    out.push_str("\n  ]\n }\n}\n");
    out
}
