// Opens the calendar at the studio's opening hour rather than at midnight (the grid holds the whole day), and lets a
// session be dragged to another half hour (and room or day): the drop posts the calendar's move form, which moves it
// with the same command as the session's own page (the keyboard's way: open the session, change its time there).
(() => {
    const calendar = document.getElementById("calendar");
    if (!calendar) return;
    const slot = Number(calendar.dataset.openSlot || 0);
    const first = calendar.querySelector(".cal-hours > div");
    if (first) calendar.scrollTop = Math.max(0, (slot / 2) * first.getBoundingClientRect().height - 8);

    const form = document.getElementById("cal-move");
    if (!form) return;
    const slots = 48, minutesPerSlot = 30;
    let dragged = null;
    let grabbedAt = 0; // how far below the block's top it was taken: the drop places the top, not the pointer
    calendar.querySelectorAll(".block[draggable=true]").forEach(block => {
        // Where it was pressed: by dragstart the pointer may already have moved on.
        block.addEventListener("pointerdown", event => { grabbedAt = event.clientY - block.getBoundingClientRect().top; });
        block.addEventListener("dragstart", event => {
            dragged = block;
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", block.dataset.session);
        });
        block.addEventListener("dragend", () => { dragged = null; });
    });
    calendar.querySelectorAll(".cal-col").forEach(column => {
        column.addEventListener("dragover", event => {
            if (!dragged) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
        });
        column.addEventListener("drop", event => {
            if (!dragged) return;
            event.preventDefault();
            const box = column.getBoundingClientRect();
            const slotHeight = box.height / slots;
            const at = Math.min(slots - 1, Math.max(0, Math.round((event.clientY - grabbedAt - box.top) / slotHeight)));
            const minutes = at * minutesPerSlot;
            const time = String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0");
            const title = dragged.dataset.title;
            // The question in the page's language, written by the server into data-move-question.
            const question = calendar.dataset.moveQuestion.replace("{0}", title).replace("{1}", column.dataset.day).replace("{2}", time);
            if (!window.confirm(question)) return;
            form.elements.id.value = dragged.dataset.session;
            form.elements.date.value = column.dataset.day;
            form.elements.startsAt.value = time;
            form.elements.roomId.value = column.dataset.room || "";
            form.submit();
        });
    });
})();
