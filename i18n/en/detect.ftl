## Detection of the services a website uses: the "Find the services your website uses" panel,
## the evidence of each finding (detect.rs) and `vendorplan detect`.

ui-detect-title = Find the services your website uses
ui-detect-input = Paste your page's HTML source, a list of domains or URLs, or the content of a HAR file, or drop a file here:
ui-detect-file = Or choose a file: HTML, a URL list, or a HAR file saved from your browser's developer tools (Network tab, "Save all as HAR"). It is read on this device only.
ui-detect-run = Find services
ui-detect-none = No service from the catalog was found.
# After the service's name and a dash; $evidence is a comma-separated list of hosts and cookies.
ui-detect-found = found: { $evidence }
ui-detect-added = added
ui-detect-add = Add { $vendor }
ui-detect-add-all = Add all found services
ui-detect-reading = Reading { $file }: { $percent } %
ui-detect-stop = Stop
ui-detect-stopped = Stopped; the findings below come from the part read so far.
# $kind: har, html or text.
ui-detect-summary = { $kind ->
    [har] HAR file
    [html] HTML page
   *[text] List or text
}: { $addresses ->
    [one] one address checked
   *[other] { $addresses } addresses checked
}, { $found ->
    [0] no service found
    [one] one service found
   *[other] { $found } services found
}.
ui-detect-partial = The findings below come from the part before the problem.

# $source says how the page uses the address; $matched is the catalog domain or address pattern.
detect-evidence-url = { $source ->
    [request] request to { $url }
    [script] script { $url }
    [frame] embedded page { $url }
    [resource] stylesheet or preloaded resource { $url }
    [media] image, pixel or media { $url }
    [form] form that sends to { $url }
    [link] payment link { $url }
    [inline-script] { $url } in an inline script
   *[style] { $url } in a stylesheet
} (catalog address { $matched })
detect-evidence-self-hosted = { $url } on your own server ({ $file } is the tracker of this self-hosted software)
detect-evidence-cookie-set = cookie { $name } set by { $host }
detect-evidence-cookie-sent = cookie { $name } sent to { $host }

detect-problem-binary = This looks like a binary file (an image, an archive or a PDF), not a page's HTML, a list of URLs or a HAR file.
detect-problem-har-syntax = This looks like a HAR file but is not valid JSON: unexpected "{ $found }" at line { $line }, column { $column }.
detect-problem-har-truncated = This HAR file ends before its JSON does; it was probably cut off while it was saved or copied.
detect-problem-har-too-deep = This looks like a HAR file but nests deeper than any HAR file does (line { $line }, column { $column }).
detect-error-read = Cannot read { $path }: { $reason }
