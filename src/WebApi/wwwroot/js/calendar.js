// Opens the calendar at the studio's opening hour rather than at midnight (the grid holds the whole day).
(() => {
    const calendar = document.getElementById("calendar");
    if (!calendar) return;
    const slot = Number(calendar.dataset.openSlot || 0);
    const first = calendar.querySelector(".cal-hours > div");
    if (first) calendar.scrollTop = Math.max(0, (slot / 2) * first.getBoundingClientRect().height - 8);
})();
