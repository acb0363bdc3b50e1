package com.clinicfaq.chatbot.chat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;

import static org.assertj.core.api.Assertions.assertThat;

class UnderstandingSchedulerTests {

	@Test
	void aWaitingMessageGoesToTheFreeThreadNotBehindALongOne() throws InterruptedException {
		Scheduler scheduler = UnderstandingScheduler.create(2);
		CountDownLatch longOneMayFinish = new CountDownLatch(1);
		CountDownLatch longOneStarted = new CountDownLatch(1);
		CountDownLatch shortOnesDone = new CountDownLatch(3);
		try {
			scheduler.schedule(() -> {
				longOneStarted.countDown();
				awaitQuietly(longOneMayFinish);
			});
			assertThat(longOneStarted.await(10, TimeUnit.SECONDS)).isTrue();
			// a scheduler that hands tasks to its workers in turn would queue one of these behind the long one
			for (int i = 0; i < 3; i++) {
				scheduler.schedule(shortOnesDone::countDown);
			}

			assertThat(shortOnesDone.await(10, TimeUnit.SECONDS)).as("short tasks done while the long one runs")
				.isTrue();
			assertThat(longOneMayFinish.getCount()).isEqualTo(1);
		}
		finally {
			longOneMayFinish.countDown();
			scheduler.dispose();
		}
	}

	@Test
	void theSharedSchedulerHasOneThreadPerCoreNamedForItsWork() throws InterruptedException {
		CountDownLatch ran = new CountDownLatch(1);
		String[] name = new String[1];
		UnderstandingScheduler.shared().schedule(() -> {
			name[0] = Thread.currentThread().getName();
			ran.countDown();
		});

		assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(name[0]).startsWith("understanding-");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
