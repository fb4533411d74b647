// 原件校对 pages. No inline scripts: the CSP forbids them.
(function () {
	// 书面材料打印: the browser's print dialog.
	document.querySelectorAll('.js-print').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});

	// The clerk's scan viewer: zoom and rotate every image of the item (PDFs use the browser's own viewer).
	var scale = 1;
	var angle = 0;
	function apply() {
		document.querySelectorAll('.verify-scans img.scan').forEach(function (img) {
			img.style.transform = 'scale(' + scale + ') rotate(' + angle + 'deg)';
		});
	}
	function on(selector, change) {
		document.querySelectorAll(selector).forEach(function (button) {
			button.addEventListener('click', function () { change(); apply(); });
		});
	}
	on('.js-zoom-in', function () { scale = Math.min(scale * 1.25, 8); });
	on('.js-zoom-out', function () { scale = Math.max(scale / 1.25, 0.25); });
	on('.js-rotate', function () { angle = (angle + 90) % 360; });

	// The workbench's number field: a scanner types the number and Enter; keep it upper-case and trimmed.
	var scan = document.getElementById('scan-number');
	if (scan) {
		scan.form.addEventListener('submit', function () {
			scan.value = scan.value.trim().toUpperCase();
		});
	}
})();
