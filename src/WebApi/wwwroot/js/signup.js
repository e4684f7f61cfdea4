// The signup wizard: one form, one step shown at a time; the subdomain is checked while it is typed.
(function () {
  const form = document.getElementById('signup');
  if (!form) return;
  document.documentElement.classList.add('js');
  const steps = Array.from(form.querySelectorAll('.step'));
  const labels = Array.from(document.querySelectorAll('[data-step-label]'));
  let current = Number(form.dataset.step || 0);

  function show(index) {
    current = index;
    steps.forEach((step, i) => { step.hidden = i !== index; });
    labels.forEach((label, i) => { if (i !== index) label.removeAttribute('aria-current'); else label.setAttribute('aria-current', 'step'); });
    const first = steps[index].querySelector('input');
    if (first) first.focus();
  }

  function valid(step) {
    const fields = Array.from(step.querySelectorAll('input'));
    const invalid = fields.find(f => !f.checkValidity());
    if (invalid) { invalid.reportValidity(); return false; }
    return true;
  }

  form.addEventListener('click', (event) => {
    if (event.target.matches('[data-next]') && valid(steps[current])) show(current + 1);
    if (event.target.matches('[data-back]')) show(current - 1);
  });
  form.addEventListener('keydown', (event) => {
    // Enter moves to the next step instead of submitting a half-filled form.
    if (event.key === 'Enter' && event.target.tagName === 'INPUT' && current < steps.length - 1) {
      event.preventDefault();
      if (valid(steps[current])) show(current + 1);
    }
  });

  const subdomain = form.querySelector('[name="Studio.Subdomain"]');
  const name = form.querySelector('[name="Studio.Name"]');
  const preview = document.getElementById('subdomain-preview');
  const status = document.getElementById('subdomain-status');
  let timer;
  let touched = subdomain.value !== '';

  function check() {
    const value = subdomain.value.trim().toLowerCase();
    preview.textContent = value || '…';
    clearTimeout(timer);
    if (!value) return;
    timer = setTimeout(async () => {
      const response = await fetch('/api/signup/subdomain-availability?subdomain=' + encodeURIComponent(value));
      if (!response.ok) return;
      const answer = await response.json();
      if (subdomain.value.trim().toLowerCase() !== answer.subdomain) return;
      status.className = 'hint ' + (answer.available ? 'available' : 'unavailable');
      status.textContent = answer.available ? status.dataset.available.replace('{0}', answer.subdomain) : answer.message;
      subdomain.setCustomValidity(answer.available ? '' : answer.message);
    }, 250);
  }

  subdomain.addEventListener('input', () => { touched = true; check(); });
  name.addEventListener('input', () => {
    if (touched) return;
    subdomain.value = name.value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63);
    check();
  });

  show(current);
  if (subdomain.value) check();
})();
