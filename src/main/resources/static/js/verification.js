// 原件校对 pages. No inline scripts: the CSP forbids them.
(function () {
	// 书面材料打印: the browser's print dialog.
	document.querySelectorAll('.js-print').forEach(function (button) {
		button.addEventListener('click', function () { window.print(); });
	});

	// The clerk's scan viewer: zoom and rotate every scan of the item. Each picture sits in a frame sized for the
	// picture as turned, so that a turned scan stays on the panel (the panel scrolls when zoomed in).
	var scale = 1;
	var angle = 0;
	function layout(img) {
		var frame = img.parentNode;
		if (!img.naturalWidth || !frame.classList.contains('scan-frame')) {
			return;
		}
		var panel = frame.parentNode.clientWidth || img.naturalWidth;
		var width = Math.min(img.naturalWidth, panel) * scale;
		var height = width * img.naturalHeight / img.naturalWidth;
		var sideways = angle % 180 !== 0;
		img.style.width = width + 'px';
		img.style.height = height + 'px';
		img.style.transform = 'translate(-50%, -50%) rotate(' + angle + 'deg)';
		frame.style.width = (sideways ? height : width) + 'px';
		frame.style.height = (sideways ? width : height) + 'px';
	}
	function apply() {
		document.querySelectorAll('.verify-scans img.scan').forEach(layout);
	}
	document.querySelectorAll('.verify-scans img.scan').forEach(function (img) {
		img.addEventListener('load', function () { layout(img); });
		if (img.complete) {
			layout(img);
		}
	});
	function on(selector, change) {
		document.querySelectorAll(selector).forEach(function (button) {
			button.addEventListener('click', function () { change(); apply(); });
		});
	}
	on('.js-zoom-in', function () { scale = Math.min(scale * 1.25, 8); });
	on('.js-zoom-out', function () { scale = Math.max(scale / 1.25, 0.25); });
	on('.js-rotate', function () { angle = (angle + 90) % 360; });

	// A PDF scan, page by page: the server draws each page as a picture.
	document.querySelectorAll('.scan-pages').forEach(function (nav) {
		var pages = parseInt(nav.getAttribute('data-pages'), 10) || 1;
		var img = nav.parentNode.querySelector('img.scan');
		var label = nav.querySelector('.page-of');
		var previous = nav.querySelector('.js-page-previous');
		var next = nav.querySelector('.js-page-next');
		var page = 1;
		function show(n) {
			page = Math.max(1, Math.min(pages, n));
			var text = nav.getAttribute('data-page-of').replace('{n}', page).replace('{m}', pages);
			img.src = nav.getAttribute('data-base') + page + '.png';
			img.alt = img.alt.replace(/ · .*$/, '') + ' · ' + text;
			label.textContent = text;
			previous.disabled = page <= 1;
			next.disabled = page >= pages;
		}
		previous.addEventListener('click', function () { show(page - 1); });
		next.addEventListener('click', function () { show(page + 1); });
	});

	// The workbench's number field: a scanner types the number and Enter; keep it upper-case and trimmed.
	var scan = document.getElementById('scan-number');
	if (scan) {
		scan.form.addEventListener('submit', function () {
			scan.value = scan.value.trim().toUpperCase();
		});
	}
})();
