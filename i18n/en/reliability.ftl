# Keeping the visitor's work safe: damaged saves, other tabs, storage turned off, crashes.
rel-recovered = The last change saved in this browser could not be read back, so the work saved just before it was restored. Check your most recent answer.
rel-unreadable = The work saved in this browser could not be read back, so Vendorplan started empty. If you downloaded a plan file, import it below.
rel-storage-off = This browser does not let Vendorplan store anything on this device (storage is blocked, as in some private windows, on pages opened from a file, or by the site's settings). Nothing you do here is kept once the page is closed or reloaded: download the plan file (JSON) to keep your work, and import it next time.
rel-export = Download the plan file (JSON)
rel-other-tab = Your work was changed in another tab or window. Until you choose which version to keep, changes here are not saved.
rel-load-theirs = Load theirs
rel-keep-mine = Keep mine
rel-crash-title = Something went wrong
rel-crash-body = Vendorplan stopped because of an error. Your work is saved up to the last change; reload the page to continue.
rel-crash-reload = Reload
