package dev.betterauth.autoconfigure.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer provider whose answers are queued per path, so tests stay independent.
 * Unqueued paths answer 599, which the code under test must treat as a failure.
 */
final class FakeProvider extends Dispatcher {

	final MockWebServer server = new MockWebServer();

	private final Map<String, Deque<MockResponse>> queues = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Map<String, String> fixed = new ConcurrentHashMap<>();

	FakeProvider() {
		this.server.setDispatcher(this);
		try {
			this.server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url(String path) {
		return this.server.url(path).toString();
	}

	void enqueue(String path, MockResponse response) {
		this.queues.computeIfAbsent(path, (p) -> new ConcurrentLinkedDeque<>()).add(response);
	}

	void enqueueJson(String path, int status, String json) {
		enqueue(path, json(status, json));
	}

	/** Answers every request to the path with the JSON (discovery, JWKS). */
	void serve(String path, String json) {
		this.fixed.put(path, json);
	}

	static MockResponse json(int status, String json) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(json).build();
	}

	/** How many refresh grants reached the token endpoints. */
	long refreshGrants() {
		return this.requests.stream()
			.filter((r) -> r.getBody() != null && r.getBody().utf8().contains("grant_type=refresh_token"))
			.count();
	}

	List<RecordedRequest> requests(String path) {
		return this.requests.stream().filter((r) -> r.getUrl().encodedPath().equals(path)).toList();
	}

	int requestCount() {
		return this.requests.size();
	}

	void reset() {
		this.queues.clear();
		this.requests.clear();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		this.requests.add(request);
		String path = request.getUrl().encodedPath();
		String fixedJson = this.fixed.get(path);
		if (fixedJson != null) {
			return json(200, fixedJson);
		}
		Deque<MockResponse> queue = this.queues.get(path);
		MockResponse response = (queue != null) ? queue.poll() : null;
		return (response != null) ? response : new MockResponse.Builder().code(599).body("nothing queued").build();
	}

}
