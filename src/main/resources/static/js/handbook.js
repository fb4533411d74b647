// Asks before a delete is submitted: the button (or else the form) marked data-confirm carries the question. The
// section list has one form for all its rows, and each row's button names it (form=, formaction=). No inline
// scripts: the CSP forbids them.
document.addEventListener('submit', function (event) {
	var form = event.target;
	var button = event.submitter;
	var question = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});
