// 管理系统数据导入: a background import's page polls the job's status and shows its progress; once the job has
// ended, the page is loaded again and shows the result (the preview, the problems or the counts). Without
// script the 刷新 link does the same by hand.
(function () {
	var job = document.getElementById('job');
	if (!job) {
		return;
	}
	var phase = document.getElementById('job-phase');
	var bar = document.getElementById('job-progress');
	function poll() {
		fetch(job.dataset.status, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(String(response.status));
				}
				return response.json();
			})
			.then(function (status) {
				if (status.state !== 'RUNNING') {
					window.location.reload();
					return;
				}
				phase.textContent = status.message;
				if (status.total > 0) {
					bar.max = status.total;
					bar.value = status.done;
				}
				setTimeout(poll, 1000);
			})
			.catch(function () {
				// A node restarting or a network hiccup: try again, more slowly.
				setTimeout(poll, 5000);
			});
	}
	setTimeout(poll, 1000);
}());
