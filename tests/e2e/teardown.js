// Installed before any script of the host page runs (`Browser::before_scripts`): records what
// the widget's code schedules, listens to, writes and fetches, so that a test can tell what is
// left once the element is gone. A call is the widget's when the wasm-bindgen glue or the wasm
// itself is on its stack; the host's own calls pass through unrecorded.
(() => {
  Error.stackTraceLimit = 100;
  const ours = () => /\/vendorplan-web-[0-9a-f]+(_bg\.wasm|\.js)|wasm:\/\//.test(new Error().stack);
  const now = () => performance.now();
  const record = (window.__teardown = {
    timers: [],
    listeners: [],
    writes: [],
    fetches: [],
    errors: [],
    // How long each response is held back, so that a fetch is still under way when the test
    // removes the element.
    fetchDelay: 3000,
    // When the element was removed (or the app crashed), and when the test considers the
    // teardown over: from then on nothing of the widget may run at all.
    since: null,
    settled: null,
  });
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const setTimeoutUnrecorded = window.setTimeout;

  // Timeouts and intervals share their ids, animation frames and idle callbacks have their own.
  for (const family of [
    [["setTimeout", "timeout"], ["setInterval", "interval"], ["clearTimeout", "clearInterval"]],
    [["requestAnimationFrame", "frame"], ["cancelAnimationFrame"]],
    [["requestIdleCallback", "idle"], ["cancelIdleCallback"]],
  ]) {
    const clears = family.pop();
    const byId = new Map();
    for (const [name, kind] of family) {
      const original = window[name];
      if (!original) continue;
      window[name] = function (callback, ...rest) {
        if (!ours()) return original.call(this, callback, ...rest);
        const timer = { kind, at: now(), fired: [], done: false, cleared: null, stack: new Error().stack.split("\n").slice(2, 4).join(" |") };
        const wrapped = function (...args) {
          timer.fired.push(now());
          if (kind !== "interval") timer.done = true;
          if (typeof callback === "function") return callback.apply(this, args);
        };
        timer.id = original.call(this, wrapped, ...rest);
        byId.set(timer.id, timer);
        record.timers.push(timer);
        return timer.id;
      };
    }
    for (const name of clears) {
      const original = window[name];
      if (!original) continue;
      window[name] = function (id) {
        const timer = byId.get(id);
        if (timer && !timer.done) {
          timer.done = true;
          timer.cleared = now();
        }
        return original.call(this, id);
      };
    }
  }

  const captures = (options) => (typeof options === "boolean" ? options : !!(options && options.capture));
  const find = (target, type, fn, capture) =>
    record.listeners.find((l) => l.active && l.target === target && l.type === type && l.fn === fn && l.capture === capture);
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    const capture = captures(options);
    if (!fn || !ours() || find(this, type, fn, capture)) return addListener.call(this, type, fn, options);
    const once = typeof options === "object" && !!options && !!options.once;
    const listener = { target: this, type, fn, capture, once, active: true, at: now(), calls: [] };
    listener.wrapped = function (...args) {
      listener.calls.push(now());
      if (once) listener.active = false;
      return typeof fn === "function" ? fn.apply(this, args) : fn.handleEvent(...args);
    };
    record.listeners.push(listener);
    return addListener.call(this, type, listener.wrapped, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const listener = find(this, type, fn, captures(options));
    if (!listener) return removeListener.call(this, type, fn, options);
    listener.active = false;
    listener.removed = now();
    return removeListener.call(this, type, listener.wrapped, options);
  };
  // The old way to follow a media query, for completeness.
  MediaQueryList.prototype.addListener = function (fn) {
    this.addEventListener("change", fn);
  };
  MediaQueryList.prototype.removeListener = function (fn) {
    this.removeEventListener("change", fn);
  };

  for (const name of ["setItem", "removeItem", "clear"]) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      if (ours()) record.writes.push({ op: name, key: args[0], at: now() });
      return original.apply(this, args);
    };
  }

  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    if (!ours()) return originalFetch.call(this, input, init);
    const signal = init && init.signal;
    const request = { url: String(input && input.url ? input.url : input), at: now(), signal, delivered: null };
    record.fetches.push(request);
    const response = originalFetch.call(this, input, init);
    return new Promise((resolve, reject) => {
      setTimeoutUnrecorded(() => {
        if (signal && signal.aborted) return;
        request.delivered = now();
        response.then(resolve, reject);
      }, record.fetchDelay);
      if (signal) addListener.call(signal, "abort", () => reject(signal.reason), { once: true });
    });
  };

  const consoleError = console.error;
  console.error = function (...args) {
    record.errors.push("console.error: " + args.map(String).join(" "));
    return consoleError.apply(this, args);
  };
  // Uncaught exceptions; a file that failed to load is reported through the same event, not
  // as an `ErrorEvent`, and is not counted.
  addListener.call(window, "error", (e) => {
    if (e instanceof ErrorEvent) record.errors.push("error: " + e.message);
  });
  addListener.call(window, "unhandledrejection", (e) => record.errors.push("rejection: " + e.reason));

  const describe = (target) => {
    if (target === window) return "window";
    if (target === document) return "document";
    if (target instanceof Element) return target.localName + (target.id ? "#" + target.id : "") + (target.className ? "." + String(target.className).replace(/ /g, ".") : "");
    return (target && target.constructor && target.constructor.name) || String(target);
  };

  // What the widget left behind when `element` was removed at `record.since`: anything
  // listed here is a leak. A listener still counts when the host page could reach its target:
  // anything but a node that is neither in the page nor inside the element (the host may keep
  // the element and put it back). The teardown itself may run code of the widget after the
  // removal (the scheduler of the app's framework yields to the browser while it unmounts, and
  // aborting the widget's signal runs its abort listeners), but once it has `settled` nothing
  // may run any more, and none of the work started before the removal may go on.
  record.leftBehind = (element) => {
    const at = record.since;
    const settled = record.settled === null ? at : record.settled;
    const reachable = (t) =>
      !(t instanceof Node) || t.isConnected || (element && (element.contains(t) || (element.shadowRoot && element.shadowRoot.contains(t))));
    const timer = (t) => `${t.kind} set ${(t.at - at).toFixed(0)} ms after the removal, from ${t.stack}`;
    return {
      pendingTimers: record.timers.filter((t) => !t.done).map(timer),
      earlierTimersFiredAfter: record.timers.filter((t) => t.at < at && t.fired.some((f) => f > at)).map(timer),
      timersAfterSettling: record.timers.filter((t) => t.at > settled || t.fired.some((f) => f > settled)).map(timer),
      listeners: record.listeners.filter((l) => l.active && reachable(l.target)).map((l) => `${l.type} on ${describe(l.target)}`),
      listenerCallsAfter: record.listeners
        .filter((l) => !(l.target instanceof AbortSignal) && l.calls.some((c) => c > at))
        .map((l) => `${l.type} on ${describe(l.target)}`),
      writesAfter: record.writes.filter((w) => w.at > at).map((w) => `${w.op} ${w.key}`),
      fetchesNotStopped: record.fetches
        .filter((f) => f.delivered === null ? !(f.signal && f.signal.aborted) : f.delivered > at)
        .map((f) => f.url),
      errors: record.errors,
    };
  };
})();
