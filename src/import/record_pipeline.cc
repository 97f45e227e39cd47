#include "import/record_pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kith::import {
namespace {

constexpr size_t kBatch = 256;     // records handed over at a time
constexpr size_t kMaxWaiting = 8;  // batches ready and not yet applied

using Batch = std::vector<PreparedRecord>;

// One producer, one consumer. The producer blocks when kMaxWaiting batches
// wait; the consumer can cancel, which unblocks and stops the producer.
class BatchQueue {
 public:
  // False once the consumer has cancelled: the producer stops.
  bool Push(Batch batch) {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return batches_.size() < kMaxWaiting || cancelled_; });
    if (cancelled_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }
  // The producer is done; `status` is how its parsing ended.
  void Close(Status status) {
    std::lock_guard lock(mu_);
    closed_ = true;
    status_ = std::move(status);
    changed_.notify_all();
  }
  // The next batch; false when the producer is done and nothing waits.
  bool Pop(Batch& out) {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return !batches_.empty() || closed_; });
    if (batches_.empty()) return false;
    out = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return true;
  }
  void Cancel() {
    std::lock_guard lock(mu_);
    cancelled_ = true;
    changed_.notify_all();
  }
  Status status() {
    std::lock_guard lock(mu_);
    return status_;
  }

 private:
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Batch> batches_;
  bool closed_ = false;
  bool cancelled_ = false;
  Status status_;
};

// The second thread: parse, prepare, hand over in batches.
Status Produce(const RecordSource& source, const std::string& region, BatchQueue& queue) {
  Batch batch;
  Status parsed = source([&](PersonRecord&& record) -> Status {
    batch.push_back(PeopleMerger::Prepare(std::move(record), region));
    if (batch.size() < kBatch) return Status::Ok();
    if (!queue.Push(std::exchange(batch, {}))) return Status::Internal("import stopped");
    return Status::Ok();
  });
  // The records before a parse error go first: one of them may fail first.
  if (!batch.empty()) queue.Push(std::move(batch));
  return parsed;
}

Status Consume(PeopleMerger& merger, ImportReport& report, BatchQueue& queue) {
  Batch batch;
  while (queue.Pop(batch)) KITH_RETURN_IF_ERROR(merger.ApplyBatch(batch, report));
  return queue.status();
}

}  // namespace

Status ApplyRecords(PeopleMerger& merger, ImportReport& report, const RecordSource& source) {
  BatchQueue queue;
  std::jthread producer([&] {
    try {
      queue.Close(Produce(source, merger.region(), queue));
    } catch (const std::exception& e) {
      queue.Close(Status::Internal(std::string("reading the file: ") + e.what()));
    }
  });
  Status applied = Consume(merger, report, queue);
  if (!applied.ok()) queue.Cancel();
  return applied;  // the producer is joined before the queue goes
}

}  // namespace kith::import
