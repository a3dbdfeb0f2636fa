// The operations page (/admin/system): polls the figures and draws small line charts.
// No libraries, no external assets.
(() => {
  const root = document.getElementById('system');
  if (!root) return;
  const url = root.dataset.figures;
  const refresh = Math.max(1, Number(root.dataset.refresh || 5)) * 1000;
  const colors = ['#1f5fbf', '#c2410c'];
  const formats = {
    rate: (v) => v.toFixed(1) + '/s',
    ms: (v) => v.toFixed(0) + ' ms',
    percent: (v) => (100 * v).toFixed(1) + '%',
    count: (v) => v.toFixed(0),
  };
  const plain = {
    rate: (v) => v.toFixed(1), ms: (v) => v.toFixed(0), percent: (v) => (100 * v).toFixed(0) + '%',
    count: (v) => v.toFixed(0),
  };

  function draw(canvas, history) {
    const names = canvas.dataset.series.split(' ');
    const ctx = canvas.getContext('2d');
    const w = canvas.width, h = canvas.height, pad = 4;
    ctx.clearRect(0, 0, w, h);
    const values = names.flatMap((n) => history.map((s) => s[n]).filter((v) => v !== null && v !== undefined));
    let max = Math.max(...values, 0);
    if (canvas.dataset.format === 'percent') max = Math.max(max, 1);
    if (max === 0) max = 1;
    ctx.strokeStyle = '#d0d5dd';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, h - pad);
    ctx.lineTo(w, h - pad);
    ctx.stroke();
    let points = 0;
    names.forEach((name, i) => {
      ctx.strokeStyle = colors[i % colors.length];
      ctx.lineWidth = 2;
      ctx.beginPath();
      let started = false;
      history.forEach((sample, x) => {
        const v = sample[name];
        if (v === null || v === undefined) { started = false; return; }
        const px = history.length > 1 ? (x / (history.length - 1)) * (w - 2 * pad) + pad : w / 2;
        const py = h - pad - (v / max) * (h - 2 * pad);
        if (started) ctx.lineTo(px, py); else ctx.moveTo(px, py);
        started = true;
        points++;
      });
      ctx.stroke();
    });
    canvas.dataset.points = String(points);
    canvas.title = 'max ' + formats[canvas.dataset.format](max);
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function table(cluster) {
    const body = document.querySelector('#cluster tbody');
    const labels = Array.from(document.querySelectorAll('#cluster thead th'), (th) => th.textContent);
    const rows = cluster.map((s) => {
      const tr = document.createElement('tr');
      tr.dataset.instance = s.instance;
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = s.instance;
      tr.append(th);
      const show = (v, f) => (v === null || v === undefined ? '–' : plain[f](v));
      tr.append(cell(show(s.requestsPerSecond, 'rate')), cell(show(s.p95Millis, 'ms')), cell(show(s.p99Millis, 'ms')),
        cell(show(s.errorRate, 'percent')), cell(show(s.cacheHitRatio, 'percent')), cell(show(s.poolUsage, 'percent')),
        cell(show(s.queueDepth, 'count')), cell(show(s.outboxBacklog, 'count')));
      // On a narrow screen each cell shows its column's name (admin.css).
      tr.querySelectorAll('td').forEach((td, i) => { td.dataset.label = labels[i + 1]; });
      return tr;
    });
    body.replaceChildren(...rows);
  }

  async function update() {
    const status = document.getElementById('system-status');
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const figures = await response.json();
      root.querySelectorAll('canvas[data-series]').forEach((canvas) => draw(canvas, figures.history));
      const last = figures.history[figures.history.length - 1];
      root.querySelectorAll('[data-latest]').forEach((out) => {
        const v = last ? last[out.dataset.latest] : null;
        const f = out.closest('figure').querySelector('canvas').dataset.format;
        out.textContent = v === null || v === undefined ? '' : formats[f](v);
      });
      table(figures.cluster);
      root.dataset.updates = String(Number(root.dataset.updates) + 1);
      const instances = figures.cluster.length;
      status.textContent = 'Updated ' + new Date().toLocaleTimeString() + ' · ' + instances
        + (instances === 1 ? ' instance' : ' instances');
    } catch (e) {
      status.textContent = 'Could not update the figures (' + e.message + '); retrying.';
    }
  }

  update();
  setInterval(update, refresh);
})();
