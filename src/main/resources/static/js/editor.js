// The article editor, progressively enhanced: every form on the page works without this
// file. With it, nothing typed is lost: edits are kept on the server a few seconds after
// typing stops (autosave: the person's pending draft, never the article itself), leaving
// the page with changes not saved to the article asks first, the body is previewed as it
// is typed, and the cover is uploaded without leaving the page.
(() => {
  'use strict';

  const form = document.getElementById('article-editor');
  if (!form) {
    return;
  }
  const AUTOSAVE_AFTER_MS = 2000; // quiet time after the last keystroke
  const AUTOSAVE_AT_LEAST_MS = 10000; // while typing without a pause
  const PREVIEW_AFTER_MS = 350;

  const encoded = (target) => new URLSearchParams(new FormData(target)).toString();
  const initial = encoded(form);
  let kept = initial; // what the server holds as this person's pending draft (or the article)
  let leaving = false; // a submit the editor chose: no question on the way out

  // Unsaved: the form says something the article does not. A page that opened with kept
  // edits (or a conflict) starts that way.
  const unsaved = () => form.dataset.pending === 'true' || encoded(form) !== initial;

  window.addEventListener('beforeunload', (event) => {
    if (!leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = ''; // older browsers need a value to ask
    }
  });
  form.addEventListener('submit', () => {
    leaving = true;
  });
  document.querySelectorAll('form[data-leaves-page]').forEach((other) => {
    other.addEventListener('submit', () => {
      leaving = true;
    });
  });

  // Autosave.
  const status = form.querySelector('[data-autosave-status]');
  let quietTimer = null;
  let firstUnkept = 0;
  let inFlight = null;

  const say = (element, text) => {
    if (element) {
      element.textContent = text;
    }
  };

  const problemText = async (response) => {
    try {
      const problem = await response.json();
      if (Array.isArray(problem.errors) && problem.errors.length) {
        return problem.errors.map((e) => e.field + ' ' + e.message).join('; ');
      }
      return problem.detail || response.statusText;
    } catch (e) {
      return response.statusText || 'the server did not answer';
    }
  };

  const autosave = async (keepalive) => {
    clearTimeout(quietTimer);
    quietTimer = null;
    const body = encoded(form);
    if (body === kept) {
      return;
    }
    if (inFlight) {
      await inFlight;
      return autosave(keepalive);
    }
    firstUnkept = 0;
    inFlight = (async () => {
      try {
        const response = await fetch(form.dataset.autosave, {
          method: 'POST',
          body: new URLSearchParams(body),
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          keepalive: keepalive === true,
        });
        if (response.ok) {
          const result = await response.json();
          kept = body;
          form.dataset.autosavedAt = result.savedAt;
          say(status, result.message);
        } else {
          say(status, 'Your changes could not be kept: ' + (await problemText(response)));
        }
      } catch (e) {
        say(status, 'Your changes could not be kept (offline?). They are still here; keep this page open.');
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };

  const edited = () => {
    const now = Date.now();
    if (!firstUnkept) {
      firstUnkept = now;
    }
    clearTimeout(quietTimer);
    if (now - firstUnkept >= AUTOSAVE_AT_LEAST_MS) {
      autosave();
    } else {
      quietTimer = setTimeout(autosave, AUTOSAVE_AFTER_MS);
    }
  };
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !leaving) {
      autosave(true);
    }
  });

  // Live preview: the server renders the body with the same pipeline as the article page.
  const body = form.querySelector('#bodyMarkdown');
  const pane = form.querySelector('[data-live-preview-pane]');
  const rendered = form.querySelector('[data-live-preview-body]');
  let previewTimer = null;
  let previewSequence = 0;
  const csrfField = form.querySelector('input[type=hidden]');

  const renderPreview = async () => {
    const sequence = ++previewSequence;
    const request = new URLSearchParams();
    request.set(csrfField.name, csrfField.value);
    request.set('bodyMarkdown', body.value);
    try {
      const response = await fetch(form.dataset.livePreview, {
        method: 'POST',
        body: request,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok || sequence !== previewSequence) {
        return;
      }
      const result = await response.json();
      if (sequence === previewSequence) {
        // Sanitized on the server by the same allow-list as every article page.
        rendered.innerHTML = result.html;
        pane.dataset.renders = String(Number(pane.dataset.renders || 0) + 1);
      }
    } catch (e) {
      // The next keystroke tries again.
    }
  };
  if (body && pane && rendered) {
    pane.hidden = false;
    form.classList.add('with-live-preview');
    body.addEventListener('input', () => {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(renderPreview, PREVIEW_AFTER_MS);
    });
    renderPreview();
  }

  // Side forms (cover, preview link) go in the background, so the text stays as it is.
  const showFieldErrors = (target, errors) => {
    target.querySelectorAll('[data-error-for]').forEach((slot) => {
      const error = errors.find((e) => e.field === slot.dataset.errorFor);
      slot.hidden = !error;
      slot.textContent = error ? error.message : '';
      const input = target.querySelector('[name="' + slot.dataset.errorFor + '"]');
      if (input) {
        if (error) {
          input.setAttribute('aria-invalid', 'true');
        } else {
          input.removeAttribute('aria-invalid');
        }
      }
    });
  };

  const send = async (target) => {
    const response = await fetch(target.action, {
      method: 'POST',
      body: new FormData(target),
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (response.ok) {
      return { ok: true, result: await response.json() };
    }
    let problem = {};
    try {
      problem = await response.json();
    } catch (e) {
      problem = { detail: response.statusText };
    }
    return { ok: false, problem };
  };

  const cover = document.querySelector('[data-cover-editor]');
  const coverStatus = cover && cover.querySelector('[data-cover-status]');
  const coverFigure = cover && cover.querySelector('[data-cover-preview]');
  const coverRemove = cover && cover.querySelector('[data-cover-remove]');

  const handlers = {
    'cover-upload': async (target) => {
      const file = target.querySelector('input[type=file]');
      const max = Number(file.dataset.maxBytes);
      if (file.files.length && max && file.files[0].size > max) {
        showFieldErrors(target, [{ field: 'image', message: 'The image is larger than ' + file.dataset.maxLabel + '.' }]);
        return;
      }
      const { ok, result, problem } = await send(target);
      if (!ok) {
        const errors = Array.isArray(problem.errors) && problem.errors.length ? problem.errors
          : [{ field: 'image', message: problem.detail || 'The upload failed.' }];
        showFieldErrors(target, errors);
        return;
      }
      showFieldErrors(target, []);
      const image = coverFigure.querySelector('img');
      image.src = result.url;
      image.alt = result.alt;
      coverFigure.querySelector('figcaption').textContent = result.alt;
      coverFigure.hidden = false;
      coverRemove.hidden = false;
      target.reset();
      say(coverStatus, result.message);
    },
    'cover-remove': async (target) => {
      const { ok, result, problem } = await send(target);
      if (!ok) {
        say(coverStatus, problem.detail || 'The cover could not be removed.');
        return;
      }
      coverFigure.hidden = true;
      coverFigure.querySelector('img').removeAttribute('src');
      coverRemove.open = false;
      coverRemove.hidden = true;
      say(coverStatus, result.message);
    },
    'preview-link': async (target) => {
      const { ok, result, problem } = await send(target);
      const slot = target.querySelector('[data-result]');
      slot.hidden = false;
      if (!ok) {
        say(slot.querySelector('[data-message]'), problem.detail || 'No link could be made.');
        return;
      }
      say(slot.querySelector('[data-message]'), result.message);
      const url = slot.querySelector('[data-url]');
      url.value = result.url;
      url.focus();
      url.select();
    },
  };

  document.querySelectorAll('form[data-fetch]').forEach((target) => {
    const handler = handlers[target.dataset.fetch];
    if (!handler) {
      return;
    }
    target.addEventListener('submit', (event) => {
      event.preventDefault();
      handler(target).catch(() => say(coverStatus, 'The server could not be reached; nothing was changed.'));
    });
  });
})();
