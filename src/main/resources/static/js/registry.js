// 管理系统数据导入: a large workbook takes a while to check or commit. Once submitted, the button says so and
// cannot be pressed twice (the answer is a new page).
document.addEventListener('submit', function (event) {
	var button = event.submitter || event.target.querySelector('button[data-busy]');
	if (!button || !button.dataset.busy) {
		return;
	}
	var busy = event.target.querySelector('#busy');
	if (busy) {
		busy.textContent = button.dataset.busy;
	}
	setTimeout(function () { button.disabled = true; }, 0);
});
