// A Context over a fresh database for app tests.
#pragma once

#include "app/context.h"
#include "store/test_db.h"

namespace kith::app {

class AppTest : public store::StoreTest {
 protected:
  void SetUp() override {
    store::StoreTest::SetUp();
    ctx_.emplace(Context{*db_, kNow, "GB", core::ModelConfig()});
  }
  Context& ctx() { return *ctx_; }
  std::optional<Context> ctx_;
};

}  // namespace kith::app
