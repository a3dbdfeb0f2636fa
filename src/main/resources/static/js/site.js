// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-copy-target]').forEach((button) => {
    const input = document.getElementById(button.dataset.copyTarget);
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
