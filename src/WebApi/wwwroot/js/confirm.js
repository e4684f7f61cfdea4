// Forms marked data-confirm="question" ask before they submit (destructive actions such as cancelling a session).
document.addEventListener('submit', event => {
  const question = event.target.dataset?.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
