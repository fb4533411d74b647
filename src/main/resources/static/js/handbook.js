// Asks before a delete is submitted: the button (or else the form) marked data-confirm carries the question. The
// section list has one form for all its rows, and each row's button names it (form=, formaction=). A form whose
// action is the page that asks again for browsers without scripts names the delete itself in data-confirmed-action:
// once the dialog said yes, it posts there. No inline scripts: the CSP forbids them.
document.addEventListener('submit', function (event) {
	var form = event.target;
	var button = event.submitter;
	var question = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
	if (!question) {
		return;
	}
	if (!window.confirm(question)) {
		event.preventDefault();
		return;
	}
	var confirmed = form.getAttribute('data-confirmed-action');
	if (confirmed) {
		event.preventDefault();
		form.setAttribute('action', confirmed);
		form.submit();
	}
});
