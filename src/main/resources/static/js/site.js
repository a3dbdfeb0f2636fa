// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Lead forms report how long the visitor had the form before sending it; forms sent
  // faster than a person can type are treated as spam by the server.
  const shown = performance.now();
  document.querySelectorAll('form.lead-form').forEach((form) => {
    form.addEventListener('submit', () => {
      const elapsed = form.querySelector('input[name=elapsed]');
      if (elapsed) elapsed.value = String(Math.round(performance.now() - shown));
    });
  });
  keepSignInAddress(document.querySelector('form.login-form'));
  document.querySelectorAll('[data-copy-target]').forEach((button) => {
    // Looked up next to the button, not by id alone: nothing in an article's own content
    // can stand in for it.
    const input = button.parentElement.querySelector('#' + CSS.escape(button.dataset.copyTarget));
    const status = button.parentElement.querySelector('.copy-status');
    if (!input || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        if (status) status.textContent = 'Link copied.';
      } catch (e) {
        input.select();
        if (status) status.textContent = 'Press Ctrl+C to copy.';
      }
    });
  });
});

// A failed sign-in answers with a redirect back to an empty form. The address typed is
// kept for this tab only while the sign-in is sent, and put back after a failure; the
// password never is.
function keepSignInAddress(form) {
  if (!form) {
    return;
  }
  const key = 'broadsheet.sign-in.address';
  const address = form.querySelector('input[name=username]');
  let kept = null;
  try {
    kept = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
  } catch (e) {
    return; // storage is disabled: the form simply starts empty
  }
  if (kept && !address.value && document.querySelector('[data-sign-in-failed]')) {
    address.value = kept;
    form.querySelector('input[name=password]').focus();
  }
  form.addEventListener('submit', () => {
    try {
      sessionStorage.setItem(key, address.value);
    } catch (e) {
      // nowhere to keep it
    }
  });
}
