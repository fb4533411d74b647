// Asks before a form marked data-confirm is submitted (deleting a record). No inline scripts: the CSP forbids them.
document.addEventListener('submit', function (event) {
	var form = event.target;
	var question = form.getAttribute && form.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});
