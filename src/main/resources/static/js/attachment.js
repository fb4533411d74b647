// The record form's image viewer: 查看 shows the scan in the page, 放大/缩小 zoom it, 关闭 hides it.
// No inline script or style attributes (the CSP forbids them); sizes are set through the CSSOM.
(function () {
	var viewer = document.getElementById('attachment-viewer');
	if (!viewer) {
		return;
	}
	var image = viewer.querySelector('img');
	var name = viewer.querySelector('.attachment-viewer-name');
	var zoom = 1;

	function apply() {
		image.style.width = Math.round(zoom * 100) + '%';
	}

	document.querySelectorAll('.attachment-view').forEach(function (link) {
		link.addEventListener('click', function (event) {
			event.preventDefault();
			zoom = 1;
			image.src = link.getAttribute('data-src');
			image.alt = link.getAttribute('data-name');
			name.textContent = link.getAttribute('data-name');
			apply();
			viewer.hidden = false;
			viewer.scrollIntoView({ block: 'nearest' });
		});
	});
	viewer.querySelector('.zoom-in').addEventListener('click', function () {
		zoom = Math.min(zoom * 1.5, 8);
		apply();
	});
	viewer.querySelector('.zoom-out').addEventListener('click', function () {
		zoom = Math.max(zoom / 1.5, 0.25);
		apply();
	});
	viewer.querySelector('.close').addEventListener('click', function () {
		viewer.hidden = true;
		image.removeAttribute('src');
	});
	image.addEventListener('click', function () {
		zoom = zoom === 1 ? 2 : 1;
		apply();
	});
})();
