// On a phone every table becomes a list of cards (site.css): each cell is labelled with its column's heading here, so
// the pages need not repeat it in their markup.
(function () {
  document.querySelectorAll('table').forEach((table) => {
    const headings = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent.trim());
    table.querySelectorAll('tbody tr').forEach((row) => {
      Array.from(row.children).forEach((cell, i) => {
        if (headings[i] && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', headings[i]);
      });
    });
  });
})();
