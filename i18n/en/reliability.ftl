# Keeping the visitor's work safe: damaged saves, other tabs, crashes.
rel-recovered = The last change saved in this browser could not be read back, so the work saved just before it was restored. Check your most recent answer.
rel-unreadable = The work saved in this browser could not be read back, so Vendorplan started empty. If you downloaded a plan file, import it below.
rel-export = Download the plan file (JSON)
rel-other-tab = Your work was changed in another tab or window. Until you choose which version to keep, changes here are not saved.
rel-load-theirs = Load theirs
rel-keep-mine = Keep mine
rel-crash-title = Something went wrong
rel-crash-body = Vendorplan stopped because of an error. Your work is saved up to the last change; reload the page to continue.
rel-crash-reload = Reload
